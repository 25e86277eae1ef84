package org.nettwin.sim.packet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.nettwin.model.scenario.Arrival;
import org.nettwin.model.scenario.Flow;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.scenario.ScenarioEvent;
import org.nettwin.model.scenario.SimulationSettings;
import org.nettwin.model.scenario.SizeDistribution;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;

/** Builds small scenarios in code for tests; times in seconds, rates in bit/s. */
final class ScenarioBuilder {

    private final String name;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Flow> flows = new ArrayList<>();
    private final List<ScenarioEvent> events = new ArrayList<>();
    private double duration = 10;
    private double drain = 1;

    private ScenarioBuilder(String name) {
        this.name = name;
    }

    static ScenarioBuilder named(String name) {
        return new ScenarioBuilder(name);
    }

    static Duration seconds(double s) {
        return Duration.ofNanos(Math.round(s * 1e9));
    }

    ScenarioBuilder nodes(String... ids) {
        for (String id : ids) {
            nodes.add(Node.router(id));
        }
        return this;
    }

    ScenarioBuilder link(String id, String a, String b, double bps, double delayS, int queue, int metric) {
        links.add(Link.between(id, a, b).capacity(DataRate.ofBps(bps)).delay(seconds(delayS)).queuePackets(queue)
                .metric(metric).build());
        return this;
    }

    ScenarioBuilder link(String id, String a, String b, double bps, double delayS) {
        return link(id, a, b, bps, delayS, 1000, 1);
    }

    ScenarioBuilder cbr(String id, String src, String dst, double start, double stop, int size, double bps) {
        return flow(id, src, dst, start, stop, Arrival.CBR, SizeDistribution.FIXED, size, bps);
    }

    ScenarioBuilder poisson(String id, String src, String dst, double start, double stop, SizeDistribution sizes,
                            int size, double bps) {
        return flow(id, src, dst, start, stop, Arrival.POISSON, sizes, size, bps);
    }

    ScenarioBuilder flow(String id, String src, String dst, double start, double stop, Arrival arrival,
                         SizeDistribution sizes, int size, double bps) {
        flows.add(new Flow(id, NodeId.of(src), NodeId.of(dst), seconds(start), seconds(stop), arrival, sizes, size,
                DataRate.ofBps(bps)));
        return this;
    }

    ScenarioBuilder linkDown(double at, String link) {
        events.add(new ScenarioEvent.LinkDown(seconds(at), LinkId.of(link)));
        return this;
    }

    ScenarioBuilder linkUp(double at, String link) {
        events.add(new ScenarioEvent.LinkUp(seconds(at), LinkId.of(link)));
        return this;
    }

    ScenarioBuilder nodeDown(double at, String node) {
        events.add(new ScenarioEvent.NodeDown(seconds(at), NodeId.of(node)));
        return this;
    }

    ScenarioBuilder nodeUp(double at, String node) {
        events.add(new ScenarioEvent.NodeUp(seconds(at), NodeId.of(node)));
        return this;
    }

    ScenarioBuilder scale(double at, double factor, String... flowIds) {
        events.add(new ScenarioEvent.ScaleFlows(seconds(at), factor, List.of(flowIds)));
        return this;
    }

    ScenarioBuilder run(double durationS, double drainS) {
        this.duration = durationS;
        this.drain = drainS;
        return this;
    }

    Scenario build() {
        List<ScenarioEvent> sorted = new ArrayList<>(events);
        sorted.sort((x, y) -> x.at().compareTo(y.at()));
        return new Scenario(name, "", new SimulationSettings(seconds(duration), seconds(drain), 1, 1),
                Topology.of(name, nodes, links), flows, sorted);
    }
}
