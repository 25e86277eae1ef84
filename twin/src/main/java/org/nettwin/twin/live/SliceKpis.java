package org.nettwin.twin.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nettwin.model.network.Network;
import org.nettwin.model.scenario.Arrival;
import org.nettwin.model.scenario.Flow;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.scenario.SimulationSettings;
import org.nettwin.model.scenario.SizeDistribution;
import org.nettwin.model.slice.Slice;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;
import org.nettwin.sim.flow.FlowEstimator;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.FlowResult;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.sim.spi.RunSettings;

/**
 * Per-slice KPIs predicted by the flow estimator: every pair of the estimated matrix becomes a Poisson flow
 * (exponential 1000-byte packets) on the live topology, so all traffic shares the queues; a slice's pairs are those of
 * its demands (else every ordered pair of its endpoints). {@code slice:<id>:latency_s} is the worst pair's mean
 * one-way delay, {@code loss_ratio} lost / sent over its pairs, {@code throughput_bps} the sum of its pairs'
 * throughput, {@code sla_met} 1 when the slice's SLA target is not violated by these, else 0.
 */
final class SliceKpis {

    private static final Duration RUN = Duration.ofSeconds(10);
    private static final int PACKET_BYTES = 1000;

    private final FlowEstimator engine = new FlowEstimator();

    Map<String, Double> of(Network network, Topology live, TrafficMatrix matrix) {
        Map<String, Double> out = new HashMap<>();
        if (network.slices().isEmpty() || matrix.isEmpty()) {
            return out;
        }
        List<Flow> flows = new ArrayList<>();
        for (Demand d : matrix.demands()) {
            if (d.rate().bitsPerSecond() > 0 && live.contains(d.origin()) && live.contains(d.destination())) {
                flows.add(new Flow(key(d.origin(), d.destination()), d.origin(), d.destination(), Duration.ZERO, RUN,
                        Arrival.POISSON, SizeDistribution.EXPONENTIAL, PACKET_BYTES, d.rate()));
            }
        }
        Scenario scenario = new Scenario("live-slices", "slice KPIs of the live twin",
                new SimulationSettings(RUN, Duration.ZERO, 1, 1), live, flows, List.of());
        SimulationResult result = engine.run(scenario, RunSettings.of(scenario));
        Map<String, FlowResult> byPair = new HashMap<>();
        result.flows().forEach(f -> byPair.put(f.id(), f));
        for (Slice s : network.slices()) {
            slice(s, pairs(network, s), byPair, out);
        }
        return out;
    }

    private static void slice(Slice s, Set<String> pairs, Map<String, FlowResult> byPair, Map<String, Double> out) {
        double worst = 0;
        double sent = 0;
        double lost = 0;
        double throughput = 0;
        for (String p : pairs) {
            FlowResult f = byPair.get(p);
            if (f == null) {
                continue;
            }
            double delay = f.mean(FlowMetric.MEAN_DELAY_S);
            worst = Double.isFinite(delay) ? Math.max(worst, delay) : worst;
            sent += finite(f.mean(FlowMetric.TX_PACKETS));
            lost += finite(f.mean(FlowMetric.LOST_PACKETS));
            throughput += finite(f.mean(FlowMetric.THROUGHPUT_BPS));
        }
        double loss = sent > 0 ? lost / sent : 0;
        String k = "slice:" + s.id() + ":";
        out.put(k + "latency_s", worst);
        out.put(k + "loss_ratio", loss);
        out.put(k + "throughput_bps", throughput);
        boolean violated = s.sla().isViolatedBy(Optional.of(Duration.ofNanos((long) (worst * 1e9))),
                Optional.of(loss), Optional.of(DataRate.ofBps(throughput)));
        out.put(k + "sla_met", violated ? 0.0 : 1.0);
    }

    private static Set<String> pairs(Network network, Slice s) {
        Set<String> pairs = new LinkedHashSet<>();
        for (String id : s.demandIds()) {
            network.demands().demand(id).ifPresent(d -> pairs.add(key(d.origin(), d.destination())));
        }
        if (pairs.isEmpty()) {
            for (NodeId a : s.endpoints()) {
                for (NodeId b : s.endpoints()) {
                    if (!a.equals(b)) {
                        pairs.add(key(a, b));
                    }
                }
            }
        }
        return pairs;
    }

    private static String key(NodeId a, NodeId b) {
        return a.value() + "->" + b.value();
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}
