package org.nettwin.telemetry.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class KpiMessageTest {

    private static KpiMessage parse(String json) throws IOException {
        return KpiMessage.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepsNumericFieldsInOrderBesideDeviceTimeAndSequence() throws IOException {
        KpiMessage m = parse("{\"seq\":3,\"cqi\":11,\"device\":\"gnb1/c1\",\"ts\":1764000000123456789,"
                + "\"dl_bytes\":18446744073709551615,\"prb_utilisation\":-0.5e1}");
        assertThat(m.device()).contains("gnb1/c1");
        assertThat(m.ts()).isEqualTo(OptionalLong.of(1_764_000_000_123_456_789L));
        assertThat(m.names()).containsExactly("cqi", "dl_bytes", "prb_utilisation");
        assertThat(m.values()).containsExactly(11, 1.8446744073709552e19, -5.0);
        assertThat(m.nonNumeric()).isEmpty();
    }

    @Test
    void namesNonNumericFieldsWithoutFailingTheMessage() throws IOException {
        KpiMessage m = parse("{\"device\":\"d\",\"ts\":1,\"a\":\"n/a\",\"b\":true,\"c\":null,\"d\":{\"x\":1},"
                + "\"e\":[1,2],\"f\":2}");
        assertThat(m.nonNumeric()).containsExactly("a", "b", "c", "d", "e");
        assertThat(m.names()).containsExactly("f");
    }

    @Test
    void treatsAFractionalOrHugeTimestampOrANumericDeviceAsMissing() throws IOException {
        assertThat(parse("{\"device\":\"d\",\"ts\":1.5}").ts()).isEmpty();
        assertThat(parse("{\"device\":\"d\",\"ts\":123456789012345678901234}").ts()).isEmpty();
        assertThat(parse("{\"device\":7,\"ts\":1}").device()).isEqualTo(Optional.empty());
    }

    @Test
    void refusesAnythingButOneWholeObject() {
        for (String bad : List.of("", "[1]", "{\"device\":\"d\",\"ts\":1", "{\"a\":1}{", "{\"a\":1} x", "nul")) {
            assertThatThrownBy(() -> parse(bad)).as(bad).isInstanceOf(IOException.class);
        }
    }

    @Test
    void namesTheDeviceByTheLevelsAFiltersWildcardsMatch() {
        MqttTopics topics = new MqttTopics(List.of("nettwin/cells/+/+/kpi", "legacy/#"));
        assertThat(topics.deviceOf("nettwin/cells/gnb1/c1/kpi")).contains("gnb1/c1");
        assertThat(topics.deviceOf("nettwin/cells/gnb1/c1/other")).isEmpty();
        assertThat(topics.deviceOf("nettwin/cells/gnb1/kpi")).isEmpty();
        assertThat(topics.deviceOf("legacy/anything/at/all")).isEmpty();
        assertThatThrownBy(() -> MqttTopics.requireFilter("a/b#")).hasMessageContaining("a/b#");
        MqttTopics.requireFilter("a/+/#");
    }
}
