package org.nettwin.server.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.graphml.GraphmlReader;
import org.nettwin.model.routing.Routing;
import org.nettwin.model.scenario.Arrival;
import org.nettwin.model.scenario.Flow;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.scenario.SimulationSettings;
import org.nettwin.model.scenario.SizeDistribution;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;
import org.nettwin.sim.random.RandomStream;

/**
 * A large synthetic scenario for the memory benchmark: the Topology Zoo Kdl network (754 nodes, 899 links) with
 * every link at 1 Gb/s, a propagation delay of 5 us per great-circle km (0.1 ms where a node has no coordinates),
 * 1000-packet queues, and {@code flows} Poisson flows of 1000-byte packets between random node pairs, all at one
 * rate chosen so that the busiest link direction is loaded to {@code maxUtilisation}.
 */
final class KdlScenario {

    private static final double LINK_BPS = 1e9;
    private static final double SECONDS_PER_KM = 5e-6;

    private KdlScenario() {
    }

    static Scenario build(Path graphml, int flows, double maxUtilisation, Duration duration, long seed)
            throws FormatException {
        Topology read = new GraphmlReader().read(InputFile.read(graphml)).network().topology();
        List<Link> links = new ArrayList<>();
        for (Link l : read.links()) {
            links.add(l.toBuilder().capacity(DataRate.ofBps(LINK_BPS)).delay(delay(read, l)).queuePackets(1000).build());
        }
        Topology topology = Topology.of("kdl-" + flows + "-flows", read.nodes(), links);
        Routing routing = Routing.of(topology);
        List<Node> nodes = topology.nodes();
        RandomStream random = RandomStream.of(seed);
        List<NodeId[]> pairs = new ArrayList<>();
        Map<String, Integer> crossings = new HashMap<>();
        while (pairs.size() < flows) {
            NodeId src = nodes.get((int) (random.nextDouble() * nodes.size())).id();
            NodeId dst = nodes.get((int) (random.nextDouble() * nodes.size())).id();
            var path = routing.path(src, dst);
            if (src.equals(dst) || path.isEmpty()) {
                continue;
            }
            pairs.add(new NodeId[] {src, dst});
            List<NodeId> hops = path.get().nodes();
            for (int i = 0; i < path.get().links().size(); i++) {
                crossings.merge(path.get().links().get(i).id().value() + ">" + hops.get(i).value(), 1, Integer::sum);
            }
        }
        int busiest = crossings.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        DataRate rate = DataRate.ofBps(maxUtilisation * LINK_BPS / busiest);
        List<Flow> flowList = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            flowList.add(new Flow(String.valueOf(i), pairs.get(i)[0], pairs.get(i)[1], Duration.ZERO, duration,
                    Arrival.POISSON, SizeDistribution.FIXED, 1000, rate));
        }
        SimulationSettings settings = new SimulationSettings(duration, Duration.ofMillis(500), seed, 1);
        return new Scenario(topology.name(), "Kdl memory benchmark", settings, topology, flowList, List.of());
    }

    private static Duration delay(Topology topology, Link link) {
        var a = topology.node(link.a()).flatMap(Node::coordinates);
        var b = topology.node(link.b()).flatMap(Node::coordinates);
        if (a.isPresent() && b.isPresent() && a.get().system() == b.get().system()
                && a.get().system() == org.nettwin.model.topology.Coordinates.CoordinateSystem.GEOGRAPHIC) {
            long nanos = Math.round(a.get().distanceKm(b.get()) * SECONDS_PER_KM * 1e9);
            return Duration.ofNanos(Math.max(1_000, nanos));
        }
        return Duration.ofNanos(100_000);
    }
}
