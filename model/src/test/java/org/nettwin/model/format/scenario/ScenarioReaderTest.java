package org.nettwin.model.format.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nettwin.model.format.Format;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.NetworkFile;
import org.nettwin.model.format.SharedFiles;
import org.nettwin.model.scenario.Arrival;
import org.nettwin.model.scenario.Flow;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.scenario.ScenarioEvent;
import org.nettwin.model.scenario.SizeDistribution;
import org.nettwin.model.topology.CapacitySource;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.NodeKind;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.units.DataRate;

class ScenarioReaderTest {

    /** A small valid scenario; each element on its own line so that tests can check the line in errors. */
    static final String BASE = String.join("\n",
            "{",                                                                                          // 1
            "  \"name\": \"t\",",                                                                         // 2
            "  \"simulation\": {\"duration_s\": 10},",                                                    // 3
            "  \"nodes\": [",                                                                             // 4
            "    {\"id\": 0}, {\"id\": 1, \"kind\": \"host\"},",                                          // 5
            "    {\"id\": \"2\"}",                                                                        // 6
            "  ],",                                                                                       // 7
            "  \"links\": [",                                                                             // 8
            "    {\"id\": 0, \"a\": 0, \"b\": 1, \"rate_bps\": 1e6, \"delay_s\": 0.001},",                 // 9
            "    {\"id\": 1, \"a\": 1, \"b\": 2, \"rate_bps\": 1e6, \"delay_s\": 0.001}",                  // 10
            "  ],",                                                                                       // 11
            "  \"flows\": [",                                                                             // 12
            "    {\"id\": 0, \"src\": 0, \"dst\": 2, \"start_s\": 0, \"stop_s\": 10, \"arrival\": \"cbr\","
                    + " \"size_distribution\": \"fixed\", \"packet_size_bytes\": 1000, \"rate_bps\": 1e5}",  // 13
            "  ],",                                                                                       // 14
            "  \"events\": [",                                                                            // 15
            "    {\"at_s\": 5, \"type\": \"link_down\", \"link\": 1}",                                     // 16
            "  ]",                                                                                        // 17
            "}");

    private final ScenarioReader reader = new ScenarioReader();

    static NetworkFile read(String text) throws FormatException {
        return new ScenarioReader().read(InputFile.ofText("s.json", text));
    }

    @Test
    void readsTheBaseScenarioWithTheFormatDefaults() throws FormatException {
        NetworkFile file = read(BASE);
        Scenario s = file.scenario().orElseThrow();

        assertThat(file.format()).isEqualTo(Format.SCENARIO);
        assertThat(s.name()).isEqualTo("t");
        assertThat(s.description()).isEmpty();
        assertThat(s.simulation().duration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.simulation().drain()).isZero();
        assertThat(s.simulation().seed()).isEqualTo(1);
        assertThat(s.simulation().replications()).isEqualTo(1);
        assertThat(s.topology().node(NodeId.of("0")).orElseThrow().kind()).isEqualTo(NodeKind.ROUTER);
        assertThat(s.topology().node(NodeId.of("1")).orElseThrow().kind()).isEqualTo(NodeKind.HOST);
        Link link = s.topology().link(LinkId.of("1")).orElseThrow();
        assertThat(link.queuePackets()).isEqualTo(1000);
        assertThat(link.metric()).isEqualTo(1);
        assertThat(link.capacitySource()).isEqualTo(CapacitySource.STATED);
        assertThat(link.delay()).isEqualTo(Duration.ofMillis(1));
        assertThat(link.b()).isEqualTo(NodeId.of("2"));
        assertThat(s.events()).containsExactly(new ScenarioEvent.LinkDown(Duration.ofSeconds(5), LinkId.of("1")));
        assertThat(file.warnings()).isEmpty();
    }

    @Test
    void makesOneDemandPerFlow() throws FormatException {
        NetworkFile file = read(BASE);

        assertThat(file.network().demands().demands())
                .containsExactly(new Demand("0", NodeId.of("0"), NodeId.of("2"), DataRate.ofBps(1e5)));
        assertThat(file.network().topology()).isEqualTo(file.scenario().orElseThrow().topology());
    }

    @Test
    void readsEveryNs3AnchorScenario() throws FormatException {
        for (Path p : SharedFiles.anchorScenarios()) {
            NetworkFile file = reader.read(InputFile.read(p));
            Scenario s = file.scenario().orElseThrow();
            assertThat(s.flows()).as(p.toString()).isNotEmpty();
            assertThat(file.network().demands().size()).isEqualTo(s.flows().size());
            assertThat(s.simulation().replications()).isEqualTo(1);
            assertThat(file.warnings()).isEmpty();
        }
    }

    @Test
    void readsTheDiamondAsNs3RanIt() throws FormatException {
        Path diamond = SharedFiles.shared("spec/anchors/ns3/scenarios/s2-diamond.json");
        Scenario s = reader.readScenario(InputFile.read(diamond));

        assertThat(s.topology().nodes()).hasSize(4);
        assertThat(s.topology().links()).hasSize(4);
        assertThat(s.simulation().duration()).isEqualTo(Duration.ofSeconds(61));
        assertThat(s.simulation().drain()).isEqualTo(Duration.ofSeconds(2));
        Link l3 = s.topology().link(LinkId.of("3")).orElseThrow();
        assertThat(l3.metric()).isEqualTo(2);
        assertThat(l3.queuePackets()).isEqualTo(100);
        assertThat(l3.capacity()).isEqualTo(DataRate.ofMbps(100));
        assertThat(l3.attributes()).containsKey("note");
        Flow f3 = s.flows().get(3);
        assertThat(f3).isEqualTo(new Flow("3", NodeId.of("1"), NodeId.of("2"), Duration.ofSeconds(2),
                Duration.ofSeconds(50), Arrival.CBR, SizeDistribution.FIXED, 1500, DataRate.ofBps(5.5e6)));
        assertThat(s.flows().get(1).start()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void readsAbileneDelaysExactlyToTheNanosecond() throws FormatException {
        Path abilene = SharedFiles.shared("spec/anchors/ns3/scenarios/s3-abilene.json");
        Scenario s = reader.readScenario(InputFile.read(abilene));

        assertThat(s.topology().nodes()).hasSize(11);
        assertThat(s.topology().links()).hasSize(14);
        assertThat(s.flows()).hasSize(110);
        assertThat(s.topology().link(LinkId.of("0")).orElseThrow().delay()).isEqualTo(Duration.ofNanos(5_690_000));
        assertThat(s.topology().link(LinkId.of("0")).orElseThrow().attributes())
                .containsEntry("name", "STTL-SNVA").containsEntry("great_circle_km", "1138.9");
        assertThat(s.topology().node(NodeId.of("0")).orElseThrow().name()).isEqualTo("STTL");
        assertThat(s.flows().get(0).rate()).isEqualTo(DataRate.ofBps(1902565.6));
    }

    @Test
    void matchesIdsWrittenAsIntegersStringsOrIntegralFloats() throws FormatException {
        String text = BASE.replace("\"a\": 1, \"b\": 2,", "\"a\": \"1\", \"b\": 2.0,")
                .replace("\"link\": 1}", "\"link\": 1e0}");
        Scenario s = read(text).scenario().orElseThrow();

        assertThat(s.topology().link(LinkId.of("1")).orElseThrow().a()).isEqualTo(NodeId.of("1"));
        assertThat(s.topology().link(LinkId.of("1")).orElseThrow().b()).isEqualTo(NodeId.of("2"));
        assertThat(s.events()).containsExactly(new ScenarioEvent.LinkDown(Duration.ofSeconds(5), LinkId.of("1")));
    }

    @Test
    void readsExplicitSettingsAndIgnoresUnknownFields() throws FormatException {
        String text = BASE.replace("{\"duration_s\": 10}",
                "{\"duration_s\": 10.5, \"drain_s\": 2, \"seed\": 42, \"replications\": 3, \"notes\": [1, {}]}")
                .replace("\"name\": \"t\",", "\"name\": \"t\", \"description\": \"d\", \"theory\": {\"x\": null},");
        Scenario s = read(text).scenario().orElseThrow();

        assertThat(s.description()).isEqualTo("d");
        assertThat(s.simulation().duration()).isEqualTo(Duration.ofMillis(10_500));
        assertThat(s.simulation().drain()).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.simulation().seed()).isEqualTo(42);
        assertThat(s.simulation().replications()).isEqualTo(3);
    }

    @Test
    void treatsFailedLinkAsALinkDownAtZeroBeforeOtherEventsAtZero() throws FormatException {
        String text = BASE.replace("\"events\": [", "\"failed_link\": 0, \"events\": [")
                .replace("{\"at_s\": 5, \"type\": \"link_down\", \"link\": 1}",
                        "{\"at_s\": 5, \"type\": \"link_down\", \"link\": 1}, {\"at_s\": 0, \"type\": \"link_up\", \"link\": 0},"
                                + " {\"at_s\": 2, \"type\": \"scale_flows\", \"factor\": 1.5, \"flows\": [0]}");
        Scenario s = read(text).scenario().orElseThrow();

        assertThat(s.events()).containsExactly(
                new ScenarioEvent.LinkDown(Duration.ZERO, LinkId.of("0")),
                new ScenarioEvent.LinkUp(Duration.ZERO, LinkId.of("0")),
                new ScenarioEvent.ScaleFlows(Duration.ofSeconds(2), 1.5, List.of("0")),
                new ScenarioEvent.LinkDown(Duration.ofSeconds(5), LinkId.of("1")));
    }

    @Test
    void keepsUndefinedScalarFieldsOfNodesAndLinksAsAttributes() throws FormatException {
        String text = BASE.replace("{\"id\": 0},", "{\"id\": 0, \"city\": \"Oslo\", \"lat\": 59.9, \"path\": [1]},");
        Scenario s = read(text).scenario().orElseThrow();

        assertThat(s.topology().node(NodeId.of("0")).orElseThrow().attributes())
                .isEqualTo(Map.of("city", "Oslo", "lat", "59.9"));
    }

    @Test
    void recognisesScenariosButNotNettwinTopologiesOrOtherFiles() throws FormatException {
        for (Path p : SharedFiles.anchorScenarios()) {
            assertThat(reader.recognises(InputFile.read(p))).as(p.toString()).isTrue();
        }
        assertThat(reader.recognises(InputFile.ofText("x.json",
                "{\"format\": \"nettwin-topology/1\", \"links\": [], \"simulation\": {}}"))).isFalse();
        assertThat(reader.recognises(InputFile.ofText("x.graphml", "<graphml><links/></graphml>"))).isFalse();
        assertThat(reader.recognises(InputFile.ofText("x.json", "[\"links\", \"flows\"]"))).isFalse();
    }

    @Test
    void leavesSelfLoopLinksOutWithAWarning() throws Exception {
        String text = """
                {"name": "loop", "simulation": {"duration_s": 1},
                 "nodes": [{"id": 0}, {"id": 1}],
                 "links": [{"id": 0, "a": 0, "b": 1, "rate_bps": 1e6, "delay_s": 0.001},
                           {"id": 1, "a": 1, "b": 1, "rate_bps": 1e6, "delay_s": 0.001}],
                 "flows": []}
                """;
        NetworkFile file = reader.read(InputFile.ofText("loop.json", text));
        assertThat(file.network().topology().links()).hasSize(1);
        assertThat(file.warnings()).singleElement().asString().contains("link 1").contains("self-loop");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown node in a link          | "b": 2,                   | "b": 9,                    | s.json: line 10: link 1: unknown node 9
            duplicate node id               | {"id": "2"}               | {"id": 1}                  | s.json: line 6: node 1: duplicate node id 1
            duplicate link id               | {"id": 1, "a": 1          | {"id": 0, "a": 1           | s.json: line 10: link 0: duplicate link id 0
            zero link rate                  | "b": 2, "rate_bps": 1e6   | "b": 2, "rate_bps": 0      | s.json: line 10: link 1: rate_bps must be > 0, got 0
            negative link rate              | "b": 2, "rate_bps": 1e6   | "b": 2, "rate_bps": -5     | s.json: line 10: link 1: rate_bps must be > 0, got -5
            negative delay                  | "rate_bps": 1e6, "delay_s": 0.001}\\n  ] | "rate_bps": 1e6, "delay_s": -1}\\n  ] | s.json: line 10: link 1: delay_s must be >= 0, got -1
            missing link end                | "a": 1, "b": 2,           | "a": 1,                    | s.json: line 10: link 1: missing b
            missing link rate               | "b": 2, "rate_bps": 1e6,  | "b": 2,                    | s.json: line 10: link 1: missing rate_bps
            missing link delay              | 1e6, "delay_s": 0.001}\\n  ] | 1e6}\\n  ]                | s.json: line 10: link 1: missing delay_s
            metric below 1                  | "b": 2, "rate_bps": 1e6   | "b": 2, "metric": 0, "rate_bps": 1e6 | s.json: line 10: link 1: metric must be >= 1, got 0
            fractional queue                | "b": 2, "rate_bps": 1e6   | "b": 2, "queue_packets": 2.5, "rate_bps": 1e6 | s.json: line 10: link 1: queue_packets must be an integer, got 2.5
            rate as a string                | "b": 2, "rate_bps": 1e6   | "b": 2, "rate_bps": "fast" | s.json: line 10: link 1: rate_bps must be a number
            unknown node kind               | "kind": "host"            | "kind": "toaster"          | s.json: line 5: node 1: unknown kind "toaster" (router, host, gnb, core, edge or switch)
            id that is not an id            | {"id": "2"}               | {"id": 2.5}                | s.json: line 6: nodes[2]: id must be an integer or a string, got 2.5
            blank id                        | {"id": "2"}               | {"id": " "}                | s.json: line 6: nodes[2]: id must not be blank
            missing duration                | {"duration_s": 10}        | {"drain_s": 1}             | s.json: line 3: simulation: missing duration_s
            zero duration                   | {"duration_s": 10}        | {"duration_s": 0}          | s.json: line 3: simulation: duration_s must be > 0, got 0
            negative drain                  | {"duration_s": 10}        | {"duration_s": 10, "drain_s": -1} | s.json: line 3: simulation: drain_s must be >= 0, got -1
            zero replications               | {"duration_s": 10}        | {"duration_s": 10, "replications": 0} | s.json: line 3: simulation: replications must be an integer >= 1, got 0
            fractional seed                 | {"duration_s": 10}        | {"duration_s": 10, "seed": 1.5} | s.json: line 3: simulation: seed must be an integer, got 1.5
            missing simulation              | "simulation"              | "simulations"              | s.json: line 1: missing simulation
            simulation not an object        | {"duration_s": 10}        | 10                         | s.json: line 3: simulation must be an object
            missing nodes                   | "nodes"                   | "vertices"                 | s.json: line 1: missing nodes
            nodes not an array              | "nodes": [                | "nodes": 5, "n": [         | s.json: line 4: nodes must be an array
            missing links                   | "links"                   | "edges"                    | s.json: line 1: missing links
            missing link a                  | {"id": 1, "a": 1,         | {"id": 1,                  | s.json: line 10: link 1: missing a
            missing flow source             | "src": 0,                 | "source": 0,               | s.json: line 13: flow 0: missing src
            missing flow destination        | "dst": 2,                 | "destination": 2,          | s.json: line 13: flow 0: missing dst
            missing flow stop               | "stop_s": 10,             | "end_s": 10,               | s.json: line 13: flow 0: missing stop_s
            missing size distribution       | "size_distribution"       | "sizes"                    | s.json: line 13: flow 0: missing size_distribution
            missing flow rate               | , "rate_bps": 1e5         | , "load_bps": 1e5          | s.json: line 13: flow 0: missing rate_bps
            duration as a boolean           | {"duration_s": 10}        | {"duration_s": true}       | s.json: line 3: simulation: duration_s must be a number
            flows not an array              | "flows": [                | "flows": {}, "f": [        | s.json: line 12: flows must be an array
            duplicate flow id               | "flows": [                | "flows": [{"id": 0, "src": 1, "dst": 0, "start_s": 0, "stop_s": 1, "arrival": "cbr", "size_distribution": "fixed", "packet_size_bytes": 100, "rate_bps": 1}, | s.json: line 13: flow 0: duplicate flow id 0
            huge number as an integer       | {"duration_s": 10}        | {"duration_s": 10, "seed": 99999999999999999999} | s.json: line 3: simulation: seed is out of range: 99999999999999999999
            infinite rate                   | "rate_bps": 1e5           | "rate_bps": 1e999          | s.json: line 13: flow 0: rate_bps is out of range: 1e999
            zero flow rate                  | "rate_bps": 1e5           | "rate_bps": 0              | s.json: line 13: flow 0: rate_bps must be > 0, got 0
            unknown flow source             | "src": 0                  | "src": 7                   | s.json: line 13: flow 0: unknown node 7
            flow to itself                  | "dst": 2                  | "dst": 0                   | s.json: line 13: flow 0: src and dst are the same node 0
            unknown arrival                 | "arrival": "cbr"          | "arrival": "bursty"        | s.json: line 13: flow 0: unknown arrival "bursty" (cbr or poisson)
            unknown size distribution       | "fixed"                   | "pareto"                   | s.json: line 13: flow 0: unknown size_distribution "pareto" (fixed or exponential)
            missing packet size             | "packet_size_bytes": 1000,| "packet_size": 1000,       | s.json: line 13: flow 0: missing packet_size_bytes
            zero packet size                | "packet_size_bytes": 1000 | "packet_size_bytes": 0     | s.json: line 13: flow 0: packet_size_bytes must be > 0, got 0
            missing flow start              | "start_s": 0,             | "begin_s": 0,              | s.json: line 13: flow 0: missing start_s
            negative flow start             | "start_s": 0,             | "start_s": -1,             | s.json: line 13: flow 0: start_s must be >= 0, got -1
            duplicate field                 | "stop_s": 10              | "start_s": 0, "stop_s": -1 | s.json: line 13: duplicate field "start_s"
            stop before start               | "start_s": 0, "stop_s": 10 | "start_s": 5, "stop_s": 4 | s.json: line 13: flow 0: stop_s must not be before start_s, got 4
            missing flow arrival            | "arrival": "cbr",         | "arrivals": "cbr",         | s.json: line 13: flow 0: missing arrival
            unknown event link              | "link": 1}                | "link": 5}                 | s.json: line 16: events[0]: unknown link 5
            unknown event type              | "type": "link_down"       | "type": "link_melt"        | s.json: line 16: events[0]: unknown event type "link_melt" (link_down, link_up, node_down, node_up or scale_flows)
            unknown event node              | "type": "link_down", "link": 1 | "type": "node_down", "node": 4 | s.json: line 16: events[0]: unknown node 4
            unknown scaled flow             | "type": "link_down", "link": 1 | "type": "scale_flows", "factor": 2, "flows": [0, 3] | s.json: line 16: events[0]: unknown flow 3
            zero scale factor               | "type": "link_down", "link": 1 | "type": "scale_flows", "factor": 0 | s.json: line 16: events[0]: factor must be > 0, got 0
            unknown failed link             | "events": [               | "failed_link": 8, "events": [ | s.json: line 15: failed_link: unknown link 8
            no route with the failed link   | "events": [               | "failed_link": 1, "events": [ | s.json: line 13: flow 0: no route from 0 to 2 with the failed elements down
            no route after a down at zero   | "at_s": 5                 | "at_s": 0                  | s.json: line 13: flow 0: no route from 0 to 2 with the failed elements down
            no route in the topology        | {"id": 1, "a": 1, "b": 2, "rate_bps": 1e6, "delay_s": 0.001} | {"id": 1, "a": 0, "b": 1, "rate_bps": 1e6, "delay_s": 0.001} | s.json: line 13: flow 0: no route from 0 to 2
            """)
    void rejectsMalformedScenariosWithOneLineNamingTheElement(String why, String from, String to, String message) {
        String text = BASE.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertThat(text).as("test case must change the base").isNotEqualTo(BASE);

        assertThatThrownBy(() -> read(text)).isInstanceOf(FormatException.class).hasMessage(message);
    }

    @Test
    void rejectsAScenarioThatIsNotAnObject() {
        assertThatThrownBy(() -> read("[1, 2]")).isInstanceOf(FormatException.class)
                .hasMessage("s.json: line 1: a scenario must be an object");
    }

    @Test
    void rejectsEmptyBinaryAndInvalidFiles() {
        assertThatThrownBy(() -> read("")).hasMessage("s.json: empty file");
        assertThatThrownBy(() -> read("  \n ")).hasMessage("s.json: empty file");
        assertThatThrownBy(() -> reader.read(new InputFile("s.json", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1})))
                .isInstanceOf(FormatException.class).hasMessage("s.json: not UTF-8 text (binary file?)");
        assertThatThrownBy(() -> read("{\"name\": \"t\",\n\"nodes\": [}")).isInstanceOf(FormatException.class)
                .hasMessageStartingWith("s.json: line 2: invalid JSON:");
        assertThatThrownBy(() -> read(BASE + " {}")).isInstanceOf(FormatException.class)
                .hasMessage("s.json: line 18: unexpected content after the end of the JSON value");
        assertThatThrownBy(() -> read(BASE.substring(0, BASE.length() / 2))).isInstanceOf(FormatException.class)
                .hasMessageContaining("invalid JSON");
        assertThatThrownBy(() -> read("[".repeat(100_000))).isInstanceOf(FormatException.class)
                .hasMessageStartingWith("s.json: line 1: invalid JSON:").hasMessageContaining("nesting depth");
        assertThatThrownBy(() -> read("{\"a\": 1, \"a\": 2}")).isInstanceOf(FormatException.class)
                .hasMessage("s.json: line 1: duplicate field \"a\"");
    }
}
