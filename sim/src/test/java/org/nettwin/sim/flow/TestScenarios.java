package org.nettwin.sim.flow;

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
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.sim.spi.RunSettings;

/** Small scenarios built in code for the estimator's tests. */
final class TestScenarios {

    static final double DELAY_S = 0.001;

    private TestScenarios() {
    }

    /** Nodes 0..n on a line; link i joins i and i+1 with rate {@code ratesBps[i]}, 1 ms and {@code queue} packets. */
    static Topology chain(int queue, double... ratesBps) {
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i <= ratesBps.length; i++) {
            nodes.add(Node.router(Integer.toString(i)));
        }
        for (int i = 0; i < ratesBps.length; i++) {
            links.add(Link.between(Integer.toString(i), Integer.toString(i), Integer.toString(i + 1))
                    .capacity(DataRate.ofBps(ratesBps[i])).delay(Duration.ofNanos(1_000_000)).queuePackets(queue).build());
        }
        return Topology.of("chain", nodes, links);
    }

    static Flow flow(String id, int src, int dst, Arrival arrival, SizeDistribution sizes, int bytes, double rateBps) {
        return flow(id, src, dst, arrival, sizes, bytes, rateBps, 0, 100);
    }

    static Flow flow(String id, int src, int dst, Arrival arrival, SizeDistribution sizes, int bytes, double rateBps,
                     double startS, double stopS) {
        return new Flow(id, NodeId.of(Integer.toString(src)), NodeId.of(Integer.toString(dst)), seconds(startS),
                seconds(stopS), arrival, sizes, bytes, DataRate.ofBps(rateBps));
    }

    static Flow poisson(String id, int src, int dst, int bytes, double rateBps) {
        return flow(id, src, dst, Arrival.POISSON, SizeDistribution.FIXED, bytes, rateBps);
    }

    static Scenario scenario(Topology topology, List<Flow> flows, double durationS, List<ScenarioEvent> events) {
        return new Scenario("test", "", new SimulationSettings(seconds(durationS), Duration.ofSeconds(1), 1, 1), topology,
                flows, events);
    }

    static Scenario scenario(Topology topology, Flow... flows) {
        return scenario(topology, List.of(flows), 100, List.of());
    }

    static Duration seconds(double s) {
        return Duration.ofNanos(Math.round(s * 1e9));
    }

    static SimulationResult estimate(Scenario scenario) {
        return new FlowEstimator().run(scenario, RunSettings.of(scenario).withThreads(1));
    }

    static double delay(SimulationResult result, String flow) {
        return result.flow(flow).orElseThrow().mean(FlowMetric.MEAN_DELAY_S);
    }

    static double lossRatio(SimulationResult result, String flow) {
        var f = result.flow(flow).orElseThrow();
        return f.mean(FlowMetric.LOST_PACKETS) / f.mean(FlowMetric.TX_PACKETS);
    }
}
