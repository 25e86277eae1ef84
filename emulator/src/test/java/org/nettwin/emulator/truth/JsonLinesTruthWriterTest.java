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
import org.nettwin.model.traffic.OdPair;

class JsonLinesTruthWriterTest {

    private static TruthSecond second(long at) {
        TruthLayout layout = new TruthLayout(
                List.of(new TruthLayout.Direction(LinkId.of("L1"), NodeId.of("a"), NodeId.of("b"))),
                List.of(OdPair.of("a", "b")));
        return new TruthSecond(at, Instant.parse("2026-01-01T00:00:00Z").plusNanos(at), layout, new double[] {2e9},
                new double[] {1e9}, List.of(LinkState.UP), new double[] {2e9}, new double[] {1e9}, 0, Map.of("a", 5L));
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
            assertThat(subscription).isNotNull();
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("links").get(0).get("carried_bps").asDouble()).isEqualTo(1e9);
        assertThat(first.get("od").get(0).get("bps").asDouble()).isEqualTo(2e9);
        assertThat(first.get("od").get(0).get("delivered_bps").asDouble()).isEqualTo(1e9);
        assertThat(first.get("clock_offset_ns").get("a").asLong()).isEqualTo(5);
        assertThat(truth.seconds()).extracting(TruthSecond::modelNanos).containsExactly(1_000_000_000L, 2_000_000_000L);
        assertThat(truth.second(0)).isEmpty();
        TruthSecond last = truth.latest().orElseThrow();
        assertThat(last.direction(LinkId.of("L1"), NodeId.of("a")).orElseThrow().carried().bitsPerSecond()).isEqualTo(1e9);
        assertThat(last.matrix().between(NodeId.of("a"), NodeId.of("b")).bitsPerSecond()).isEqualTo(2e9);
        assertThat(last.demand(OdPair.of("b", "a")).isZero()).isTrue();
    }
}
