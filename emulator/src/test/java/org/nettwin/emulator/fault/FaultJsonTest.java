package org.nettwin.emulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.traffic.OdPair;

class FaultJsonTest {

    @Test
    void readsEveryKindOfFault() {
        assertThat(FaultJson.parse("{\"type\":\"link-down\",\"link\":\"L3\"}")).isEqualTo(new Fault.LinkDown(LinkId.of("L3")));
        assertThat(FaultJson.parse("{\"type\":\"link-up\",\"link\":\"L3\"}")).isEqualTo(new Fault.LinkUp(LinkId.of("L3")));
        assertThat(FaultJson.parse("{\"type\":\"node-down\",\"node\":\"r1\"}")).isEqualTo(new Fault.NodeDown(NodeId.of("r1")));
        assertThat(FaultJson.parse("{\"type\":\"node-up\",\"node\":\"r1\"}")).isEqualTo(new Fault.NodeUp(NodeId.of("r1")));
        assertThat(FaultJson.parse("{\"type\":\"degrade\",\"link\":\"L1\",\"loss\":0.2,\"delay\":\"PT0.01S\"}"))
                .isEqualTo(new Fault.Degrade(LinkId.of("L1"), 0.2, Duration.ofMillis(10)));
        assertThat(FaultJson.parse("{\"type\":\"restore\",\"link\":\"L1\"}")).isEqualTo(new Fault.Restore(LinkId.of("L1")));
        assertThat(FaultJson.parse("{\"type\":\"surge\",\"from\":\"a\",\"to\":\"b\",\"factor\":3,\"duration\":\"PT2M\"}"))
                .isEqualTo(Fault.Surge.between("a", "b", 3, Duration.ofMinutes(2)));
        assertThat(FaultJson.parse("{\"type\":\"surge\",\"pairs\":[\"a->b\",\"c->d\"],\"factor\":2,\"duration\":\"PT1S\"}"))
                .isEqualTo(new Fault.Surge(Set.of(), Set.of(), List.of(OdPair.of("a", "b"), OdPair.of("c", "d")), 2,
                        Duration.ofSeconds(1)));
        assertThat(FaultJson.parse("{\"type\":\"surge\",\"from\":[\"a\",\"b\"],\"factor\":2,\"duration\":\"PT1S\"}"))
                .isEqualTo(new Fault.Surge(Set.of(NodeId.of("a"), NodeId.of("b")), Set.of(), List.of(), 2,
                        Duration.ofSeconds(1)));
        assertThat(FaultJson.parse("{\"type\":\"reboot\",\"device\":\"r1\"}")).isEqualTo(new Fault.Reboot("r1"));
        assertThat(FaultJson.parse("{\"type\":\"clock-jump\",\"device\":\"r1\",\"by\":\"PT-2S\"}"))
                .isEqualTo(new Fault.ClockJump("r1", Duration.ofSeconds(-2)));
    }

    @Test
    void namesTheFieldThatIsWrong() {
        assertThatThrownBy(() -> FaultJson.parse("{\"type\":\"link-down\"}")).hasMessage("fault JSON: field link is missing");
        assertThatThrownBy(() -> FaultJson.parse("{\"type\":\"warp\"}")).hasMessageContaining("field type: unknown fault type 'warp'");
        assertThatThrownBy(() -> FaultJson.parse("{\"type\":\"surge\",\"factor\":2,\"duration\":\"2 minutes\"}"))
                .hasMessageContaining("field duration");
        assertThatThrownBy(() -> FaultJson.parse("{\"type\":\"surge\",\"factor\":\"x\",\"duration\":\"PT1S\"}"))
                .hasMessageContaining("field factor must be a number");
        assertThatThrownBy(() -> FaultJson.parse("{\"type\":\"degrade\",\"link\":\"L1\",\"loss\":2}"))
                .hasMessageContaining("loss must be in [0, 1]");
        assertThatThrownBy(() -> FaultJson.parse("{\"type\":")).hasMessageStartingWith("fault JSON: not valid JSON");
        assertThatThrownBy(() -> FaultJson.parse("[1]")).hasMessageContaining("expected an object");
        assertThatThrownBy(() -> FaultJson.parse("{\"type\":\"surge\",\"factr\":2,\"factor\":2,\"duration\":\"PT1S\"}"))
                .hasMessageContaining("field factr is not known for a surge fault");
        assertThatThrownBy(() -> FaultJson.parse("{\"type\":\"surge\",\"pairs\":[\"ab\"],\"factor\":1,\"duration\":\"PT1S\"}"))
                .hasMessageContaining("field pairs");
    }

    @Property(tries = 500)
    void neverThrowsAnythingButAFaultOrAClearError(@ForAll("jsonish") String text) {
        try {
            Fault fault = FaultJson.parse(text);
            assertThat(fault).isNotNull();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).startsWith("fault JSON").doesNotContain("\n");
        }
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> type = Arbitraries.of("link-down", "link-up", "node-down", "node-up", "degrade", "restore",
                "surge", "reboot", "clock-jump", "", "x");
        Arbitrary<String> key = Arbitraries.of("link", "node", "device", "loss", "delay", "from", "to", "pairs",
                "factor", "duration", "by", "type");
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of("\"L1\"", "\"\"", "\" \"", "\"a->b\"", "[\"a->b\"]",
                "[1]", "null", "true", "-1", "1e400", "0.5", "3", "\"PT2M\"", "\"PT-1S\"", "\"P\"", "{}", "[]",
                "\"a\\nb\""), Arbitraries.strings().ofMaxLength(8).map(s -> "\"" + s.replace("\\", "").replace("\"", "")
                + "\""));
        Arbitrary<String> field = key.flatMap(k -> value.map(v -> "\"" + k + "\":" + v));
        Arbitrary<String> object = type.flatMap(t -> field.list().ofMaxSize(5).map(fs -> "{\"type\":\"" + t + "\""
                + (fs.isEmpty() ? "" : "," + String.join(",", fs)) + "}"));
        return Arbitraries.oneOf(object, object.map(s -> s.substring(0, s.length() / 2)), Arbitraries.strings().ofMaxLength(40));
    }
}
