package org.nettwin.sim.packet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.nettwin.sim.result.Estimate;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.FlowResult;
import org.nettwin.sim.result.LinkMetric;
import org.nettwin.sim.result.LinkResult;
import org.nettwin.sim.result.SimulationResult;

/**
 * Turns the replications of a run, in replication order, into one {@link SimulationResult}: every figure is the mean
 * over replications with a Student-t 95 % half-width. Delay figures average over the replications in which the flow
 * received something (jitter: at least two packets) and are left out when there are none; links are the directions
 * that carried or dropped traffic in at least one replication.
 */
final class ResultAggregation {

    private ResultAggregation() {
    }

    static SimulationResult of(ScenarioPlan plan, List<ReplicationResult> reps, double wallSeconds) {
        long events = 0;
        for (ReplicationResult r : reps) {
            events += r.events;
        }
        List<FlowResult> flows = new ArrayList<>();
        for (int f = 0; f < plan.flows.count; f++) {
            flows.add(flow(plan, reps, f));
        }
        List<LinkResult> links = new ArrayList<>();
        for (int arc = 0; arc < 2 * plan.arcs.links; arc++) {
            final int a = arc;
            if (reps.stream().anyMatch(r -> r.arcUsed[a])) {
                links.add(link(plan, reps, a));
            }
        }
        return new SimulationResult(plan.scenario.name(), PacketSimulator.ENGINE, reps.size(), events, wallSeconds, flows,
                links);
    }

    private static FlowResult flow(ScenarioPlan plan, List<ReplicationResult> reps, int f) {
        Map<FlowMetric, Estimate> values = new EnumMap<>(FlowMetric.class);
        values.put(FlowMetric.TX_PACKETS, estimate(reps, r -> r.tx[f]));
        values.put(FlowMetric.RX_PACKETS, estimate(reps, r -> r.rx[f]));
        values.put(FlowMetric.LOST_PACKETS, estimate(reps, r -> r.tx[f] - r.rx[f]));
        put(values, FlowMetric.MEAN_DELAY_S, reps, r -> r.meanDelay[f]);
        put(values, FlowMetric.P50_DELAY_S, reps, r -> r.p50Delay[f]);
        put(values, FlowMetric.P99_DELAY_S, reps, r -> r.p99Delay[f]);
        put(values, FlowMetric.MEAN_JITTER_S, reps, r -> r.jitter[f]);
        values.put(FlowMetric.THROUGHPUT_BPS, estimate(reps, r -> r.throughput[f]));
        return new FlowResult(plan.scenario.flows().get(f).id(), values);
    }

    private static LinkResult link(ScenarioPlan plan, List<ReplicationResult> reps, int arc) {
        Map<LinkMetric, Estimate> values = new EnumMap<>(LinkMetric.class);
        values.put(LinkMetric.UTILISATION, estimate(reps, r -> r.utilisation[arc]));
        values.put(LinkMetric.DROPPED_PACKETS, estimate(reps, r -> r.dropped[arc]));
        values.put(LinkMetric.MEAN_QUEUE_PACKETS, estimate(reps, r -> r.meanQueue[arc]));
        return new LinkResult(plan.linkId(arc >> 1), plan.nodeId(plan.arcs.tail[arc]), plan.nodeId(plan.arcs.head[arc]),
                values);
    }

    /** Adds the estimate over the replications where the figure is defined (not NaN), if there is any. */
    private static void put(Map<FlowMetric, Estimate> values, FlowMetric metric, List<ReplicationResult> reps,
                            ToDoubleFunction<ReplicationResult> figure) {
        double[] defined = reps.stream().mapToDouble(figure).filter(v -> !Double.isNaN(v)).toArray();
        if (defined.length > 0) {
            values.put(metric, Estimate.ofSamples(defined));
        }
    }

    private static Estimate estimate(List<ReplicationResult> reps, ToDoubleFunction<ReplicationResult> figure) {
        return Estimate.ofSamples(reps.stream().mapToDouble(figure).toArray());
    }
}
