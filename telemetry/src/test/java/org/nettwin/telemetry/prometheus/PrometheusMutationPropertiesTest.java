package org.nettwin.telemetry.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nettwin.model.format.FormatException;
import org.nettwin.telemetry.measurement.Measurement;

/** Mutated scrapes decode into measurements or fail with a FormatException, never anything else. */
class PrometheusMutationPropertiesTest {

    private static final String NOISE = "{}\"=,# \t\n\\.eE+-0123456789InfNaN_:az\u00e9";

    @Property(tries = 200)
    void mutatedScrapesGiveMeasurementsOrAFormatException(@ForAll("mutated") byte[] text) {
        List<Measurement> got = new ArrayList<>();
        try {
            new PrometheusTextDecoder("p").decode("mutated.txt", new ByteArrayInputStream(text), got::add);
        } catch (FormatException e) {
            assertThat(e.getMessage()).startsWith("mutated.txt: line ").doesNotContain("\n");
        }
        assertThat(got).allSatisfy(m -> assertThat(m.name()).matches("[a-zA-Z_:][a-zA-Z0-9_:]*"));
    }

    @Provide
    Arbitrary<byte[]> mutated() throws Exception {
        String shared = System.getProperty("nettwin.shared", "../../shared");
        byte[] whole = Files.readAllBytes(Path.of(shared, "data", "prometheus-exposition",
                "node_exporter-e2e-output-linux.txt"));
        Arbitrary<Integer> start = Arbitraries.integers().between(0, whole.length - 4000);
        return Combinators.combine(start, Arbitraries.integers().between(1, 6), Arbitraries.randoms())
                .as((from, n, random) -> {
                    byte[] copy = Arrays.copyOfRange(whole, from, from + 4000);
                    for (int i = 0; i < n; i++) {
                        int at = random.nextInt(copy.length);
                        copy[at] = random.nextBoolean() ? (byte) NOISE.charAt(random.nextInt(NOISE.length()))
                                : (byte) random.nextInt(256);
                    }
                    return copy;
                });
    }
}
