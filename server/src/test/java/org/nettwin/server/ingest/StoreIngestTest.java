package org.nettwin.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.store.JdbcTwinStore;
import org.nettwin.store.StoreSettings;
import org.nettwin.store.series.EntityKind;
import org.nettwin.store.series.Points;
import org.nettwin.store.series.RegisteredSeries;
import org.nettwin.store.series.SeriesFilter;
import org.nettwin.store.series.SeriesKey;
import org.nettwin.telemetry.pipeline.CleanSeries;
import org.nettwin.telemetry.pipeline.CleaningPipeline;
import org.nettwin.telemetry.pipeline.PipelineSettings;
import org.nettwin.telemetry.replay.ReplayCollector;
import org.nettwin.telemetry.replay.ReplayCollectorFactory;
import org.nettwin.twin.live.SeriesNaming;

class StoreIngestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SECOND = 1_000_000_000L;
    private static final int SNAPSHOTS = 12;
    private static final long STEP = 1000;

    private static Path shared(String relative) {
        return Path.of(System.getProperty("nettwin.shared", "../../shared")).resolve("data").resolve(relative);
    }

    /**
     * The shared capture is one snapshot of one interface's counters (a rate needs two readings), so the replayed
     * file repeats it {@link #SNAPSHOTS} times, one second apart on whole seconds, every counter growing by
     * {@link #STEP} per second.
     */
    private static Path recording(Path dir) throws Exception {
        JsonNode capture = JSON.readTree(shared("gnmi-notifications/issue_14530/responses.json").toFile());
        ObjectNode first = (ObjectNode) capture.get(0);
        long t0 = Long.parseLong(first.get("update").get("timestamp").asText()) / SECOND * SECOND;
        ArrayNode out = JSON.createArrayNode();
        for (int i = 0; i < SNAPSHOTS; i++) {
            ObjectNode m = first.deepCopy();
            ((ObjectNode) m.get("update")).put("timestamp", Long.toString(t0 + i * SECOND));
            for (JsonNode u : m.get("update").get("update")) {
                ObjectNode val = (ObjectNode) u.get("val");
                val.put("uintVal", Long.toString(Long.parseLong(val.get("uintVal").asText()) + STEP * i));
            }
            out.add(m);
        }
        Path file = dir.resolve("replay.json");
        JSON.writeValue(file.toFile(), out);
        return file;
    }

    @Test
    void writesReplayedCountersThroughThePipelineIntoTheStore(@TempDir Path dir) throws Exception {
        Path file = recording(dir);
        JsonNode messages = JSON.readTree(file.toFile());
        long t0 = messages.get(0).get("update").get("timestamp").asLong();
        Clock clock = Clock.fixed(Instant.ofEpochSecond(t0 / SECOND + SNAPSHOTS + 1), ZoneOffset.UTC);
        PipelineSettings settings = PipelineSettings.DEFAULTS;
        try (JdbcTwinStore store = JdbcTwinStore.open(StoreSettings.duckdb(dir.resolve("db")), clock)) {
            StoreIngest ingest = new StoreIngest(store.series(), "run-1", 7);
            CleaningPipeline pipeline = new CleaningPipeline(settings, clock, ingest);
            ReplayCollector collector = (ReplayCollector) new ReplayCollectorFactory()
                    .create(Map.of("file", file.toString(), "format", "gnmi-json", "source", "r1"));
            // A replay is received as it was recorded (CleaningPipeline.replaySink); stamping it with the fixed "now"
            // would put every reading at the same instant and the pipeline would drop them as out of order.
            collector.start(pipeline.replaySink());
            assertThat(collector.await(30_000)).isTrue();
            ingest.close();
            ingest.close();
            assertThat(collector.errors()).isZero();

            int leaves = messages.get(0).get("update").get("update").size();
            long expectedPerSeries = expectedRates(messages, "in-octets");
            List<RegisteredSeries> series = store.series().series(SeriesFilter.kind(EntityKind.INTERFACE));
            assertThat(series).hasSize(leaves);
            assertThat(store.series().series(SeriesFilter.kind(EntityKind.DEVICE))).isEmpty();
            assertThat(ingest.registered()).isEqualTo(leaves);
            assertThat(ingest.written()).isEqualTo(leaves * expectedPerSeries);
            assertThat(ingest.rejected()).isZero();
            assertThat(ingest.batches()).isEqualTo((leaves * expectedPerSeries + 6) / 7);

            RegisteredSeries octets = series.stream().filter(r -> r.key().metric().name().endsWith("/in-octets"))
                    .findFirst().orElseThrow();
            assertThat(octets.key()).isEqualTo(SeriesKey.of(EntityKind.INTERFACE, "r1/Ethernet35",
                    "/interfaces/interface/state/counters/in-octets", "B/s"));
            Points p = store.series().range(octets.id(), Instant.EPOCH, clock.instant());
            assertThat(p.size()).isEqualTo(expectedPerSeries);
            for (int i = 0; i < p.size(); i++) {
                assertThat(p.value(i)).isCloseTo(STEP, within(1e-6));
                assertThat(p.epochMicros(i) % 1_000_000L).isZero();
            }
        }
    }

    /**
     * Grid points a counter leaf yields, from the file alone: rates sit in the middle of consecutive readings and
     * the 1 s grid gets every whole second after the first rate up to the last.
     */
    private static long expectedRates(JsonNode messages, String leaf) {
        List<Long> times = new ArrayList<>();
        for (JsonNode m : messages) {
            for (JsonNode u : m.get("update").get("update")) {
                JsonNode elems = u.get("path").get("elem");
                if (elems.get(elems.size() - 1).get("name").asText().equals(leaf)) {
                    times.add(m.get("update").get("timestamp").asLong());
                }
            }
        }
        long firstMid = (times.get(0) + times.get(1)) / 2;
        long lastMid = (times.get(times.size() - 2) + times.get(times.size() - 1)) / 2;
        return Math.floorDiv(lastMid, SECOND) - Math.floorDiv(firstMid, SECOND);
    }

    @Test
    void namesDevicesInterfacesAndLabelledSeriesLegally() {
        CleanSeries cpu = new CleanSeries(0, "r1", "/components/component[name=FPC0:CPU0]/state/temperature",
                Map.of("origin", "openconfig"), "k0", false);
        assertThat(SeriesNaming.keyOf(cpu)).isEqualTo(SeriesKey.of(EntityKind.DEVICE, "r1",
                "/components/component:FPC0:CPU0/state/temperature", ""));
        CleanSeries prom = new CleanSeries(1, "node", "node_network_receive_bytes_total",
                Map.of("interface", "eth0", "job", "n e"), "k1", true);
        assertThat(SeriesNaming.keyOf(prom)).isEqualTo(SeriesKey.of(EntityKind.INTERFACE, "node/eth0",
                "node_network_receive_bytes_total:job.n_e", "1/s"));
    }
}
