package org.nettwin.model.format.nettwin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nettwin.model.format.Format;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.network.Network;
import org.nettwin.model.slice.SlaTarget;
import org.nettwin.model.slice.Slice;
import org.nettwin.model.slice.SliceType;
import org.nettwin.model.topology.CapacitySource;
import org.nettwin.model.topology.Cell;
import org.nettwin.model.topology.Coordinates;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.NodeKind;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.units.DataRate;

class NettwinReaderTest {

    /** A small valid network; each element on its own line so that tests can check the line in errors. */
    static final String BASE = String.join("\n",
            "{",                                                                                              // 1
            "  \"format\": \"nettwin-topology/1\",",                                                          // 2
            "  \"name\": \"n\",",                                                                             // 3
            "  \"nodes\": [",                                                                                 // 4
            "    {\"id\": \"g1\", \"kind\": \"gnb\", \"coordinates\": {\"x\": 4.8, \"y\": 45.7}, \"cells\": [{\"id\": \"c1\","
                    + " \"band\": \"n78\", \"bandwidth_mhz\": 100, \"peak_downlink_bps\": 1.6e9}]},",           // 5
            "    {\"id\": \"r1\"},",                                                                          // 6
            "    {\"id\": 3, \"kind\": \"edge\", \"attributes\": {\"site\": \"x\"}}",                         // 7
            "  ],",                                                                                           // 8
            "  \"links\": [",                                                                                 // 9
            "    {\"id\": \"l1\", \"a\": \"g1\", \"b\": \"r1\", \"capacity_bps\": 25e9, \"delay_s\": 0.00001},",  // 10
            "    {\"id\": \"l2\", \"a\": \"r1\", \"b\": 3, \"capacity_bps\": 1e11}",                           // 11
            "  ],",                                                                                           // 12
            "  \"demands\": [",                                                                               // 13
            "    {\"id\": \"d1\", \"origin\": \"g1\", \"destination\": \"3\", \"rate_bps\": 1e8}",             // 14
            "  ],",                                                                                           // 15
            "  \"slices\": [",                                                                                // 16
            "    {\"id\": \"s1\", \"type\": \"urllc\", \"sla\": {\"max_latency_s\": 0.01, \"max_loss_ratio\": 1e-5},"
                    + " \"endpoints\": [\"g1\", \"3\"], \"demands\": [\"d1\"]}",                               // 17
            "  ]",                                                                                            // 18
            "}");

    private final NettwinReader reader = new NettwinReader();

    private Network read(String text) throws FormatException {
        return reader.readNetwork(InputFile.ofText("n.json", text));
    }

    @Test
    void readsEveryPartOfTheBaseNetworkWithDefaults() throws FormatException {
        Network n = read(BASE);

        assertThat(n.topology().name()).isEqualTo("n");
        assertThat(n.topology().nodes()).containsExactly(
                new Node(NodeId.of("g1"), "g1", NodeKind.GNB, Optional.of(Coordinates.geographic(4.8, 45.7)),
                        List.of(new Cell("c1", "n78", 100, DataRate.ofGbps(1.6))), Map.of()),
                Node.router("r1"),
                new Node(NodeId.of("3"), "3", NodeKind.EDGE, Optional.empty(), List.of(), Map.of("site", "x")));
        assertThat(n.topology().links()).containsExactly(
                new Link(LinkId.of("l1"), NodeId.of("g1"), NodeId.of("r1"), DataRate.ofGbps(25), CapacitySource.STATED,
                        Duration.ofNanos(10_000), 1, 1000, Map.of()),
                new Link(LinkId.of("l2"), NodeId.of("r1"), NodeId.of("3"), DataRate.ofGbps(100), CapacitySource.STATED,
                        Duration.ZERO, 1, 1000, Map.of()));
        assertThat(n.demands().demands())
                .containsExactly(new Demand("d1", NodeId.of("g1"), NodeId.of("3"), DataRate.ofMbps(100)));
        assertThat(n.slices()).containsExactly(new Slice("s1", SliceType.URLLC,
                SlaTarget.NONE.withMaxLatency(Duration.ofMillis(10)).withMaxLossRatio(1e-5),
                List.of(NodeId.of("g1"), NodeId.of("3")), List.of("d1")));
    }

    @Test
    void returnsANetworkFileOfTheNettwinFormat() throws FormatException {
        var file = reader.read(InputFile.ofText("n.json", BASE));

        assertThat(file.format()).isEqualTo(Format.NETTWIN);
        assertThat(file.scenario()).isEmpty();
        assertThat(file.warnings()).isEmpty();
    }

    @Test
    void recognisesOnlyNettwinTopologies() {
        assertThat(reader.recognises(InputFile.ofText("n.json", BASE))).isTrue();
        assertThat(reader.recognises(InputFile.ofText("n.json", "\uFEFF {\"format\" : \"nettwin-topology/2\"}"))).isTrue();
        assertThat(reader.recognises(InputFile.ofText("s.json", "{\"links\": [], \"flows\": []}"))).isFalse();
        assertThat(reader.recognises(InputFile.ofText("x.txt", "\"format\": \"nettwin-topology/1\""))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            other format version    | "nettwin-topology/1"      | "nettwin-topology/2"       | n.json: line 2: unsupported format version "nettwin-topology/2" (this reader reads nettwin-topology/1)
            not the nettwin format  | "nettwin-topology/1"      | "graphml"                  | n.json: line 2: not a nettwin topology: format is "graphml"
            missing format          | "format"                  | "formats"                  | n.json: line 1: missing format
            missing name            | "name"                    | "title"                    | n.json: line 1: missing name
            missing nodes           | "nodes"                   | "vertices"                 | n.json: line 1: missing nodes
            duplicate node          | {"id": "r1"}              | {"id": "g1"}               | n.json: line 6: node g1: duplicate node id g1
            unknown kind            | "kind": "edge"            | "kind": "satellite"        | n.json: line 7: node 3: unknown kind "satellite" (router, switch, host, gnb, core or edge)
            cells on a router       | "kind": "gnb",            | "kind": "router",          | n.json: line 5: node g1: only a gnb has cells, but this node is a router
            zero cell bandwidth     | "bandwidth_mhz": 100      | "bandwidth_mhz": 0         | n.json: line 5: node g1: cell c1: bandwidth_mhz must be > 0, got 0
            missing cell band       | "band": "n78",            | "bnd": "n78",              | n.json: line 5: node g1: cell c1: missing band
            negative peak rate      | "peak_downlink_bps": 1.6e9 | "peak_downlink_bps": -1   | n.json: line 5: node g1: cell c1: peak_downlink_bps must be >= 0, got -1
            latitude out of range   | "y": 45.7                 | "y": 95.7                  | n.json: line 5: node g1: not a longitude/latitude pair: (4.8, 95.7)
            unknown coordinate system | "y": 45.7}              | "y": 45.7, "system": "polar"} | n.json: line 5: node g1: unknown coordinate system "polar" (geographic or planar)
            attribute not a string  | "site": "x"               | "site": 5                  | n.json: line 7: node 3: attribute "site" must be a string
            unknown link end        | "b": 3,                   | "b": 4,                    | n.json: line 11: link l2: unknown node 4
            self-loop               | "b": 3,                   | "b": "r1",                 | n.json: line 11: link l2: a and b are the same node r1
            duplicate link          | {"id": "l2"               | {"id": "l1"                | n.json: line 11: link l1: duplicate link id l1
            missing capacity        | "capacity_bps": 1e11      | "capacity": 1e11           | n.json: line 11: link l2: missing capacity_bps
            negative capacity       | "capacity_bps": 1e11      | "capacity_bps": -1e11      | n.json: line 11: link l2: capacity_bps must be >= 0, got -1e11
            negative delay          | "delay_s": 0.00001        | "delay_s": -0.00001        | n.json: line 10: link l1: delay_s must be >= 0, got -0.00001
            unknown capacity source | "capacity_bps": 1e11      | "capacity_bps": 1e11, "capacity_source": "guess" | n.json: line 11: link l2: unknown capacity_source "guess" (stated, label or default)
            zero metric             | "capacity_bps": 1e11      | "capacity_bps": 1e11, "metric": 0 | n.json: line 11: link l2: metric must be >= 1, got 0
            unknown demand node     | "destination": "3"        | "destination": "9"         | n.json: line 14: demand d1: unknown node 9
            demand to itself        | "destination": "3"        | "destination": "g1"        | n.json: line 14: demand d1: origin and destination are the same node g1
            negative demand         | "rate_bps": 1e8           | "rate_bps": -1e8           | n.json: line 14: demand d1: rate_bps must be >= 0, got -1e8
            missing demand rate     | , "rate_bps": 1e8         | ""                         | n.json: line 14: demand d1: missing rate_bps
            unknown slice type      | "type": "urllc"           | "type": "gold"             | n.json: line 17: slice s1: unknown slice type "gold" (embb, urllc, mmtc or custom)
            zero latency target     | "max_latency_s": 0.01     | "max_latency_s": 0         | n.json: line 17: slice s1: max_latency_s must be > 0, got 0
            loss ratio above one    | "max_loss_ratio": 1e-5    | "max_loss_ratio": 2        | n.json: line 17: slice s1: max_loss_ratio must be within 0..1, got 2
            unknown slice endpoint  | ["g1", "3"]               | ["g1", "7"]                | n.json: line 17: slice s1: unknown node 7
            unknown slice demand    | ["d1"]                    | ["d9"]                     | n.json: line 17: slice s1: unknown demand d9
            sla not an object       | "sla": {                  | "sla": 3, "x": {           | n.json: line 17: slice s1: sla must be an object
            slices not an array     | "slices": [               | "slices": 1, "s": [        | n.json: line 16: slices must be an array
            """)
    void rejectsMalformedNetworksWithOneLineNamingTheElement(String why, String from, String to, String message) {
        String replacement = "\"\"".equals(to) ? "" : to;
        String text = BASE.replace(from, replacement);
        assertThat(text).as("test case must change the base").isNotEqualTo(BASE);

        assertThatThrownBy(() -> read(text)).isInstanceOf(FormatException.class).hasMessage(message);
    }

    @Test
    void rejectsEmptyBinaryAndTruncatedFiles() {
        assertThatThrownBy(() -> read("")).isInstanceOf(FormatException.class).hasMessage("n.json: empty file");
        assertThatThrownBy(() -> reader.read(new InputFile("n.json", new byte[] {0, (byte) 0xC3, 0x28})))
                .isInstanceOf(FormatException.class).hasMessage("n.json: not UTF-8 text (binary file?)");
        assertThatThrownBy(() -> read(BASE.substring(0, 200))).isInstanceOf(FormatException.class)
                .hasMessageStartingWith("n.json: line ").hasMessageContaining("invalid JSON");
        assertThatThrownBy(() -> read("\"nettwin-topology/1\"")).isInstanceOf(FormatException.class)
                .hasMessage("n.json: line 1: a nettwin topology must be an object");
    }
}
