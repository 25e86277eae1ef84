package org.nettwin.twin.whatif;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nettwin.model.scenario.Flow;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.slice.Slice;
import org.nettwin.model.slice.SlaTarget;
import org.nettwin.model.topology.NodeId;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.FlowResult;
import org.nettwin.sim.result.SimulationResult;

/**
 * Finds the slice SLAs a result breaks. A flow (origin-destination pair) is judged against a slice when both its
 * ends are endpoints of the slice and at least one end belongs to that slice alone (on metro-5g the radio sites
 * serve every slice, so gNB-UPF pairs are eMBB, gNB-edge pairs URLLC, gNB-IoT host pairs mMTC, and gNB-gNB pairs
 * none); a slice without an endpoint of its own judges every pair of its endpoints. Targets: mean one-way delay
 * against the latency bound, lost/sent against the loss bound, delivered rate against the throughput bound (or the
 * flow's own offered rate when that is lower: a flow is not blamed for offering little; 5 % tolerance for the
 * noise of short packet runs).
 * Availability needs a run of months and is not judged.
 */
final class SlaCheck {

    /** Delivered below this share of the throughput target counts as a breach (packet noise). */
    private static final double THROUGHPUT_TOLERANCE = 0.95;

    private final List<Slice> slices;

    SlaCheck(List<Slice> slices) {
        this.slices = List.copyOf(slices);
    }

    /** Breaches in {@code whatIf}, each marked when {@code baseline} breaks the same target of the same flow. */
    List<SlaBreach> breaches(Scenario baselineScenario, SimulationResult baseline, Scenario whatIfScenario,
                             SimulationResult whatIf) {
        List<SlaBreach> before = find(baselineScenario, baseline, Set.of());
        Set<String> known = new HashSet<>();
        for (SlaBreach b : before) {
            known.add(key(b));
        }
        return find(whatIfScenario, whatIf, known);
    }

    private List<SlaBreach> find(Scenario scenario, SimulationResult result, Set<String> inBaseline) {
        List<SlaBreach> out = new ArrayList<>();
        for (Slice slice : slices) {
            Set<NodeId> own = ownEndpoints(slice);
            for (Flow flow : scenario.flows()) {
                if (judges(slice, own, flow)) {
                    result.flow(flow.id()).ifPresent(r -> judge(slice, flow, r, inBaseline, out));
                }
            }
        }
        return out;
    }

    private Set<NodeId> ownEndpoints(Slice slice) {
        Set<NodeId> own = new HashSet<>(slice.endpoints());
        for (Slice other : slices) {
            if (other != slice) {
                own.removeAll(other.endpoints());
            }
        }
        return own;
    }

    private static boolean judges(Slice slice, Set<NodeId> own, Flow flow) {
        boolean ends = slice.endpoints().contains(flow.source()) && slice.endpoints().contains(flow.destination());
        return ends && (own.isEmpty() || own.contains(flow.source()) || own.contains(flow.destination()));
    }

    private static void judge(Slice slice, Flow flow, FlowResult r, Set<String> inBaseline, List<SlaBreach> out) {
        SlaTarget sla = slice.sla();
        double delay = r.mean(FlowMetric.MEAN_DELAY_S);
        if (sla.maxLatency().isPresent() && Double.isFinite(delay)) {
            double limit = sla.maxLatency().get().toNanos() / 1e9;
            if (delay > limit) {
                add(out, inBaseline, slice, flow, "latency", limit, delay);
            }
        }
        double loss = lossRatio(r);
        if (sla.maxLossRatio().isPresent() && Double.isFinite(loss) && loss > sla.maxLossRatio().get()) {
            add(out, inBaseline, slice, flow, "loss", sla.maxLossRatio().get(), loss);
        }
        double throughput = throughput(r);
        if (sla.minThroughput().isPresent() && Double.isFinite(throughput)) {
            double limit = Math.min(sla.minThroughput().get().bitsPerSecond(), flow.rate().bitsPerSecond());
            if (throughput < THROUGHPUT_TOLERANCE * limit) {
                add(out, inBaseline, slice, flow, "throughput", limit, throughput);
            }
        }
    }

    /** Lost / sent; NaN when nothing was sent. */
    static double lossRatio(FlowResult r) {
        double tx = r.mean(FlowMetric.TX_PACKETS);
        double lost = r.value(FlowMetric.LOST_PACKETS).isPresent() ? r.mean(FlowMetric.LOST_PACKETS)
                : tx - r.mean(FlowMetric.RX_PACKETS);
        return tx > 0 && Double.isFinite(lost) ? Math.max(0, lost) / tx : Double.NaN;
    }

    /** The delivered rate; 0 when packets were sent and none arrived (the result gives no rate then). */
    private static double throughput(FlowResult r) {
        double t = r.mean(FlowMetric.THROUGHPUT_BPS);
        if (Double.isFinite(t)) {
            return t;
        }
        return r.mean(FlowMetric.TX_PACKETS) > 0 && !(r.mean(FlowMetric.RX_PACKETS) > 0) ? 0 : Double.NaN;
    }

    private static void add(List<SlaBreach> out, Set<String> inBaseline, Slice slice, Flow flow, String target,
                            double limit, double predicted) {
        SlaBreach b = new SlaBreach(slice.id(), flow.id(), target, limit, predicted, false);
        out.add(new SlaBreach(b.slice(), b.flow(), b.target(), limit, predicted, inBaseline.contains(key(b))));
    }

    private static String key(SlaBreach b) {
        return b.slice() + "\u0000" + b.flow() + "\u0000" + b.target();
    }

    /** A one-line summary of breaches, e.g. {@code 3 SLA breaches (1 already in the baseline): urllc ...}. */
    static String summary(List<SlaBreach> breaches) {
        if (breaches.isEmpty()) {
            return "no SLA breach";
        }
        long old = breaches.stream().filter(SlaBreach::alreadyInBaseline).count();
        Map<String, Long> bySlice = new java.util.TreeMap<>();
        for (SlaBreach b : breaches) {
            bySlice.merge(b.slice(), 1L, Long::sum);
        }
        return breaches.size() + " SLA breach" + (breaches.size() == 1 ? "" : "es") + " (" + old
                + " already in the baseline), by slice " + bySlice;
    }
}
