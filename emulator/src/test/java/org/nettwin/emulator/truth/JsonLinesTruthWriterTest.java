package org.nettwin.emulator.truth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;

class JsonLinesTruthWriterTest {

    private static TruthSecond second(long at) {
        return new TruthSecond(at, Instant.parse("2026-01-01T00:00:00Z").plusNanos(at),
                List.of(new DirectionTruth(LinkId.of("L1"), NodeId.of("a"), NodeId.of("b"), DataRate.ofGbps(2),
                        DataRate.ofGbps(1), LinkState.UP)),
                new TrafficMatrix(List.of(Demand.of("a", "b", DataRate.ofGbps(2)))), DataRate.ZERO, Map.of("a", 5L));
    }

    @Test
    void appendsOneJsonLinePerSecond(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("truth.jsonl");
        GroundTruth truth = new GroundTruth(2);
        try (JsonLinesTruthWriter writer = JsonLinesTruthWriter.appendingTo(file);
             AutoCloseable subscription = truth.subscribe(writer)) {
            truth.record(second(0));
            truth.record(second(1_000_000_000L));
            truth.record(second(2_000_000_000L));
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("links").get(0).get("carried_bps").asDouble()).isEqualTo(1e9);
        assertThat(first.get("od").get(0).get("bps").asDouble()).isEqualTo(2e9);
        assertThat(first.get("clock_offset_ns").get("a").asLong()).isEqualTo(5);
        assertThat(truth.seconds()).extracting(TruthSecond::modelNanos).containsExactly(1_000_000_000L, 2_000_000_000L);
        assertThat(truth.second(0)).isEmpty();
    }
}
