package org.nettwin.emulator.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;

class KpiPayloadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<Leaf> LEAVES = List.of(
            Leaf.of("prb_utilisation", new LeafValue.Gauge(63.5)),
            Leaf.of("dl_bytes", new LeafValue.Counter(-1L, 64)),
            Leaf.of("state", new LeafValue.Text("UP")),
            Leaf.of("enabled", new LeafValue.Flag(true)),
            Leaf.of("noise", new LeafValue.Gauge(Double.NaN)),
            Leaf.of("seq", new LeafValue.Gauge(1)));

    @Test
    void writesGaugesAndUnsignedCountersBesideDeviceTimeAndSequence() throws Exception {
        JsonNode m = JSON.readTree(KpiPayload.of("gnb\"1/c1", 1_764_000_000_123_456_789L, 42, LEAVES));
        assertThat(m.get("device").asText()).isEqualTo("gnb\"1/c1");
        assertThat(m.get("ts").asLong()).isEqualTo(1_764_000_000_123_456_789L);
        assertThat(m.get("seq").asLong()).isEqualTo(42);
        assertThat(m.get("prb_utilisation").asDouble()).isEqualTo(63.5);
        assertThat(m.get("dl_bytes").bigIntegerValue()).hasToString("18446744073709551615");
        assertThat(m.size()).as("text, flag, NaN and reserved names left out").isEqualTo(5);
    }

    @Test
    void breaksMalformedPayloadsInTwoWays() throws Exception {
        String good = KpiPayload.of("gnb1/c1", 5, 1, LEAVES);
        assertThatThrownBy(() -> JSON.readTree(KpiPayload.malformed(good, 1))).isInstanceOf(Exception.class);
        JsonNode garbled = JSON.readTree(KpiPayload.malformed(good, 2));
        assertThat(garbled.get("prb_utilisation").asText()).isEqualTo("n/a");
        assertThat(garbled.get("dl_bytes").isNumber()).isTrue();
        JsonNode bare = JSON.readTree(KpiPayload.malformed(KpiPayload.of("gnb1/c1", 5, 2, List.of()), 2));
        assertThat(bare.get("garbled").asText()).isEqualTo("n/a");
    }
}
