package org.nettwin.store.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nettwin.store.BackendContract;
import org.nettwin.store.StoreException;

/** What every {@link ModelRegistry} on SQL must do, run against each backend by the concrete subclasses. */
abstract class ModelRegistryContract extends BackendContract {

    private static final byte[] WEIGHTS = "pretend these are LSTM weights".getBytes(StandardCharsets.UTF_8);

    private SqlModelRegistry registry;

    @BeforeEach
    void openRegistry() {
        registry = new SqlModelRegistry(db, clock);
    }

    @Test
    void numbersVersionsFromOnePerNameAndFindsTheLatest() {
        ModelEntry v1 = registry.register("lstm-tm", Map.of("mae", 0.12), List.of("dataset:abilene-5min"), WEIGHTS);
        clock.advance(Duration.ofMinutes(5));
        ModelEntry other = registry.register("gnn.kpi_surrogate", Map.of(), List.of(), new byte[0]);
        ModelEntry v2 = registry.register("lstm-tm", Map.of("mae", 0.10), List.of("model:lstm-tm/1"), WEIGHTS);

        assertThat(List.of(v1.version(), v2.version(), other.version())).containsExactly(1, 2, 1);
        assertThat(v1.createdAt()).isEqualTo(T0);
        assertThat(v2.createdAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(registry.latest("lstm-tm")).contains(v2);
        assertThat(registry.entry("lstm-tm", 1)).contains(v1);
        assertThat(registry.versions("lstm-tm")).containsExactly(v1, v2);
        assertThat(registry.versions("gnn.kpi_surrogate")).containsExactly(other);
        assertThat(registry.latest("unknown")).isEmpty();
        assertThat(registry.entry("lstm-tm", 3)).isEmpty();
        assertThat(registry.artifact("lstm-tm", 3)).isEmpty();
        assertThat(registry.versions("unknown")).isEmpty();
    }

    @Test
    void keepsMetricsToTheLastBitAndLineageInOrder() {
        Map<String, Double> metrics = Map.of("mae", 0.1, "tiny", 1e-300, "negative zero", -0.0, "third", 1.0 / 3,
                "big", Double.MAX_VALUE, "min", Double.MIN_VALUE);
        List<String> lineage = List.of("model:lstm-tm/3", "dataset:abilene-5min", "code:git:4f8cbf7");

        ModelEntry entry = registry.register("forecaster", metrics, lineage, WEIGHTS);

        ModelEntry read = registry.entry("forecaster", 1).orElseThrow();
        assertThat(read).isEqualTo(entry);
        assertThat(read.metrics()).isEqualTo(metrics);
        assertThat(read.lineage()).containsExactlyElementsOf(lineage);
    }

    @Test
    void returnsTheArtifactCheckedAgainstItsSha256() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        new SplittableRandom(7).nextBytes(big);

        ModelEntry entry = registry.register("agent", Map.of("reward", 41.5), List.of(), big);
        registry.register("empty", Map.of(), List.of(), new byte[0]);

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(big));
        assertThat(entry.artifactSha256()).isEqualTo(expected);
        assertThat(entry.artifactBytes()).isEqualTo(big.length);
        assertThat(registry.artifact("agent", 1)).hasValueSatisfying(a -> assertThat(a).isEqualTo(big));
        assertThat(registry.artifact("empty", 1)).hasValueSatisfying(a -> assertThat(a).isEmpty());
    }

    @Test
    void detectsACorruptedArtifactAndNamesModelAndVersion() {
        registry.register("agent", Map.of(), List.of(), WEIGHTS);
        registry.register("agent", Map.of(), List.of(), WEIGHTS);
        byte[] flipped = WEIGHTS.clone();
        flipped[3] ^= 1;
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE models SET artifact = ? WHERE version = 2")) {
                s.setBytes(1, flipped);
                return s.executeUpdate();
            }
        });

        assertThat(registry.artifact("agent", 1)).hasValueSatisfying(a -> assertThat(a).isEqualTo(WEIGHTS));
        assertThatThrownBy(() -> registry.artifact("agent", 2)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("artifact of model agent version 2 is corrupt");
    }

    @Test
    void keepsEntriesAndArtifactsAcrossCloseAndReopen() {
        ModelEntry v1 = registry.register("lstm-tm", Map.of("mae", 0.12), List.of("dataset:x"), WEIGHTS);

        registry = new SqlModelRegistry(reopen(), clock);
        ModelEntry v2 = registry.register("lstm-tm", Map.of("mae", 0.11), List.of("model:lstm-tm/1"), WEIGHTS);

        assertThat(v2.version()).isEqualTo(2);
        assertThat(registry.versions("lstm-tm")).containsExactly(v1, v2);
        assertThat(registry.artifact("lstm-tm", 1)).hasValueSatisfying(a -> assertThat(a).isEqualTo(WEIGHTS));
    }

    @Test
    void givesConcurrentRegistrationsOfOneNameDistinctConsecutiveVersions() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Integer>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    List<Integer> versions = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        versions.add(registry.register("shared", Map.of(), List.of(), WEIGHTS).version());
                    }
                    return versions;
                }));
            }
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> f : futures) {
                all.addAll(f.get());
            }
            assertThat(all).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 40).boxed()
                    .toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesBadNamesMetricsLineageAndArtifactsAndStoresNothing() {
        Map<String, Double> withNull = new HashMap<>();
        withNull.put("mae", null);
        assertThatThrownBy(() -> registry.register("a b", Map.of(), List.of(), WEIGHTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model name \"a b\" has characters outside [A-Za-z0-9_.-]");
        assertThatThrownBy(() -> registry.register("", Map.of(), List.of(), WEIGHTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("model name is empty");
        assertThatThrownBy(() -> registry.register("m".repeat(129), Map.of(), List.of(), WEIGHTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is 129 characters long");
        assertThatThrownBy(() -> registry.register("m", Map.of("mae", Double.NaN), List.of(), WEIGHTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metric \"mae\" of model m is NaN (metric values must be finite)");
        assertThatThrownBy(() -> registry.register("m", Map.of("r", Double.POSITIVE_INFINITY), List.of(), WEIGHTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is Infinity");
        assertThatThrownBy(() -> registry.register("m", withNull, List.of(), WEIGHTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("metric \"mae\" of model m has no value");
        assertThatThrownBy(() -> registry.register("m", Map.of(" ", 1.0), List.of(), WEIGHTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("metric name of model m must not be blank");
        assertThatThrownBy(() -> registry.register("m", Map.of(), List.of(""), WEIGHTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lineage reference");
        assertThatThrownBy(() -> registry.register("m", Map.of(), List.of(),
                new byte[(int) ModelRegistry.MAX_ARTIFACT_BYTES + 1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("artifact of model m is 268435457 bytes (at most 268435456)");
        assertThatThrownBy(() -> registry.entry("m", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.latest("m/1")).isInstanceOf(IllegalArgumentException.class);

        assertThat(registry.versions("m")).isEmpty();
        assertThat(registry.versions("a.b")).isEmpty();
    }
}
