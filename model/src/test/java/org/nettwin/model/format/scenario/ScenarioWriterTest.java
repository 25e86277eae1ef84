package org.nettwin.model.format.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.SharedFiles;
import org.nettwin.model.scenario.Arrival;
import org.nettwin.model.scenario.Flow;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.scenario.ScenarioEvent;
import org.nettwin.model.scenario.SimulationSettings;
import org.nettwin.model.scenario.SizeDistribution;
import org.nettwin.model.topology.CapacitySource;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.NodeKind;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;

class ScenarioWriterTest {

    private final ScenarioReader reader = new ScenarioReader();
    private final ScenarioWriter writer = new ScenarioWriter();

    private Scenario roundTrip(Scenario s) throws FormatException {
        return reader.readScenario(InputFile.ofText("rt.json", writer.write(s)));
    }

    @Test
    void readsBackEveryAnchorScenarioEqual() throws FormatException {
        for (Path p : SharedFiles.anchorScenarios()) {
            Scenario original = reader.readScenario(InputFile.read(p));
            assertThat(roundTrip(original)).as(p.toString()).isEqualTo(original);
        }
    }

    @Test
    void readsBackTheBaseScenarioWithFailedLinkAndScaleEventsEqual() throws FormatException {
        String text = ScenarioReaderTest.BASE.replace("\"events\": [", "\"failed_link\": 0, \"events\": [")
                .replace("\"link\": 1}", "\"link\": 1}, {\"at_s\": 0, \"type\": \"link_up\", \"link\": 0},"
                        + " {\"at_s\": 2.25, \"type\": \"scale_flows\", \"factor\": 0.1},"
                        + " {\"at_s\": 3, \"type\": \"node_down\", \"node\": 1}, {\"at_s\": 4, \"type\": \"node_up\", \"node\": 1}");
        Scenario original = reader.readScenario(InputFile.ofText("s.json", text));

        assertThat(roundTrip(original)).isEqualTo(original);
    }

    @Test
    void writesCanonicalIntegerIdsAsNumbersAndOtherIdsAsStrings() {
        Topology t = Topology.of("ids", List.of(Node.router("7"), Node.router("007"), Node.router("-3"), Node.router("a b")),
                List.of(Link.between("1", "7", "007").capacity(DataRate.ofMbps(10)).build(),
                        Link.between("x", "007", "-3").capacity(DataRate.ofMbps(10)).build()));
        Scenario s = new Scenario("ids", "", new SimulationSettings(Duration.ofSeconds(1), Duration.ZERO, 1, 1), t,
                List.of(), List.of());

        String json = writer.write(s);

        assertThat(json).contains("\"id\": 7,", "\"id\": \"007\",", "\"id\": -3,", "\"id\": \"a b\",",
                "\"id\": 1,", "\"id\": \"x\",", "\"rate_bps\": 10000000,", "\"delay_s\": 0,");
    }

    @Property(tries = 200)
    void readsBackRandomScenariosEqual(@ForAll long seed) throws FormatException {
        Scenario s = randomScenario(new SplittableRandom(seed));

        assertThat(roundTrip(s)).isEqualTo(s);
    }

    /** A random scenario that the format can express: a connected topology (a chain plus extra links). */
    static Scenario randomScenario(SplittableRandom r) {
        String name = "scenario " + r.nextInt(100) + " \"quoted\" ü→";
        int n = 2 + r.nextInt(7);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = r.nextBoolean() ? Integer.toString(i) : "n\\" + i + "é";
            NodeKind kind = NodeKind.values()[r.nextInt(NodeKind.values().length)];
            Map<String, String> attributes = r.nextBoolean() ? Map.of() : Map.of("note", "line\nbreak " + i);
            nodes.add(new Node(NodeId.of(id), "name " + i, kind, Optional.empty(), List.of(), attributes));
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < n - 1 + r.nextInt(4); i++) {
            int a = i < n - 1 ? i : r.nextInt(n - 1);
            int b = i < n - 1 ? i + 1 : a + 1 + r.nextInt(n - a - 1);
            links.add(new Link(LinkId.of(r.nextBoolean() ? Integer.toString(i) : "L" + i), nodes.get(a).id(),
                    nodes.get(b).id(), DataRate.ofBps(1 + r.nextDouble() * 1e11), CapacitySource.STATED,
                    Duration.ofNanos(r.nextLong(1_000_000_000_000L)), 1 + r.nextInt(5000), r.nextInt(20000),
                    r.nextBoolean() ? Map.of() : Map.of("great_circle_km", Double.toString(r.nextDouble() * 1e4))));
        }
        Topology topology = Topology.of(name, nodes, links);
        List<Flow> flows = new ArrayList<>();
        for (int i = 0; i < r.nextInt(6); i++) {
            int src = r.nextInt(n);
            int dst = (src + 1 + r.nextInt(n - 1)) % n;
            Duration start = Duration.ofNanos(r.nextLong(100_000_000_000L));
            flows.add(new Flow("f" + i, nodes.get(src).id(), nodes.get(dst).id(), start,
                    start.plusNanos(r.nextLong(1_000_000_000_000L)), r.nextBoolean() ? Arrival.CBR : Arrival.POISSON,
                    r.nextBoolean() ? SizeDistribution.FIXED : SizeDistribution.EXPONENTIAL, 31 + r.nextInt(9000),
                    DataRate.ofBps(r.nextDouble() * 1e9 + 1e-3)));
        }
        List<ScenarioEvent> events = new ArrayList<>();
        for (int i = 0; i < r.nextInt(5); i++) {
            Duration at = Duration.ofMillis(1 + r.nextInt(100_000));
            events.add(r.nextBoolean() ? new ScenarioEvent.LinkDown(at, links.get(r.nextInt(links.size())).id())
                    : new ScenarioEvent.ScaleFlows(at, 0.01 + r.nextDouble() * 10,
                            flows.isEmpty() ? List.of() : List.of(flows.get(0).id())));
        }
        events.sort(Comparator.comparing(ScenarioEvent::at));
        SimulationSettings settings = new SimulationSettings(Duration.ofNanos(1 + r.nextLong(1_000_000_000_000L)),
                Duration.ofNanos(r.nextLong(10_000_000_000L)), r.nextLong(), 1 + r.nextInt(50));
        return new Scenario(name, r.nextBoolean() ? "" : "about\t\"this\"", settings, topology, flows, events);
    }
}
