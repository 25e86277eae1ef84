package org.nettwin.sim.flow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.nettwin.sim.result.Estimate;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.FlowResult;
import org.nettwin.sim.result.LinkMetric;
import org.nettwin.sim.result.LinkResult;

/**
 * Adds up the solved periods into the run's expected figures: per flow the packets sent and received and the delay
 * of received packets weighted by how many were received in each period; per arc the bits offered and carried, the
 * packets dropped and the queue length integrated over time.
 */
final class Tally {

    private static final double LN2 = Math.log(2);
    private static final double LN100 = Math.log(100);

    private final NetworkStates network;
    private final FlowSet flows;
    private final double duration;
    private final double[] tx;
    private final double[] rx;
    private final double[] delayWeighted;
    private final double[] lastDelay;
    private final int[] periods;
    private final boolean[] constantDelay;
    private final double[] minDelay;
    private final double[] maxDelay;
    private final double[] mm1Rate;
    private final double[] mm1Fixed;
    private final double[] offeredBitSeconds;
    private final double[] carriedBitSeconds;
    private final double[] dropped;
    private final double[] queueSeconds;

    Tally(NetworkStates network, FlowSet flows, double duration) {
        this.network = network;
        this.flows = flows;
        this.duration = duration;
        int n = flows.size();
        tx = new double[n];
        rx = new double[n];
        delayWeighted = new double[n];
        lastDelay = new double[n];
        periods = new int[n];
        constantDelay = new boolean[n];
        java.util.Arrays.fill(constantDelay, true);
        minDelay = new double[n];
        maxDelay = new double[n];
        mm1Rate = new double[n];
        mm1Fixed = new double[n];
        int arcs = network.arcCount();
        offeredBitSeconds = new double[arcs];
        carriedBitSeconds = new double[arcs];
        dropped = new double[arcs];
        queueSeconds = new double[arcs];
    }

    /** Adds a solved period of length {@code seconds}. */
    void add(PeriodModel model, RoutedState state, int[] active, double[] rate, int n, double seconds) {
        for (int k = 0; k < n; k++) {
            addFlow(model, state.path(active[k]), active[k], rate[k] * seconds);
        }
        for (int k = 0; k < model.touchedCount(); k++) {
            int arc = model.touched(k);
            offeredBitSeconds[arc] += model.bits[arc] * seconds;
            carriedBitSeconds[arc] += model.bits[arc] * (1 - model.blocking[arc]) * seconds;
            dropped[arc] += model.lambda[arc] * model.blocking[arc] * seconds;
            queueSeconds[arc] += model.waiting[arc] * seconds;
        }
    }

    private void addFlow(PeriodModel model, int[] path, int i, double packets) {
        tx[i] += packets;
        if (path.length == 0 || !(packets > 0)) {
            constantDelay[i] &= path.length > 0;
            return;
        }
        double delivered = 1;
        double delay = 0;
        boolean constant = flows.cbr[i] && flows.fixed[i];
        for (int arc : path) {
            delivered *= 1 - model.blocking[arc];
            if (!(delivered > 0)) {
                // Nothing gets through (a zero-rate link): no delay to average.
                constantDelay[i] = false;
                return;
            }
            delay += model.wait[arc] + flows.meanBits[i] / network.capacityBps[arc] + network.propagationS[arc];
            constant &= model.count[arc] == 1 && model.wait[arc] == 0 && model.blocking[arc] == 0;
        }
        rx[i] += packets * delivered;
        delayWeighted[i] += packets * delivered * delay;
        lastDelay[i] = delay;
        minDelay[i] = periods[i] == 0 ? delay : Math.min(minDelay[i], delay);
        maxDelay[i] = periods[i] == 0 ? delay : Math.max(maxDelay[i], delay);
        constantDelay[i] &= constant;
        periods[i]++;
        boolean singleHopMm1 = path.length == 1 && !flows.cbr[i] && !flows.fixed[i];
        mm1Rate[i] = singleHopMm1 ? model.mm1Rate(path[0]) : Double.NaN;
        mm1Fixed[i] = network.propagationS[path[0]];
    }

    List<FlowResult> flowResults() {
        List<FlowResult> out = new ArrayList<>(flows.size());
        for (int i = 0; i < flows.size(); i++) {
            Map<FlowMetric, Estimate> v = new EnumMap<>(FlowMetric.class);
            v.put(FlowMetric.TX_PACKETS, Estimate.of(tx[i]));
            v.put(FlowMetric.RX_PACKETS, Estimate.of(rx[i]));
            v.put(FlowMetric.LOST_PACKETS, Estimate.of(Math.max(0, tx[i] - rx[i])));
            if (rx[i] > 0) {
                double mean = delayWeighted[i] / rx[i];
                v.put(FlowMetric.MEAN_DELAY_S, Estimate.of(mean));
                double span = flows.end[i] - flows.start[i] + lastDelay[i];
                v.put(FlowMetric.THROUGHPUT_BPS, Estimate.of(rx[i] * flows.meanBits[i] / span));
                percentiles(i, mean, v);
            }
            out.add(new FlowResult(flows.flows.get(i).id(), v));
        }
        return out;
    }

    /** Percentiles and jitter only where a formula gives them exactly: a constant delay, or one M/M/1 hop. */
    private void percentiles(int i, double mean, Map<FlowMetric, Estimate> v) {
        if (constantDelay[i] && maxDelay[i] - minDelay[i] <= 1e-12) {
            v.put(FlowMetric.P50_DELAY_S, Estimate.of(mean));
            v.put(FlowMetric.P99_DELAY_S, Estimate.of(mean));
            v.put(FlowMetric.MEAN_JITTER_S, Estimate.of(0));
        } else if (periods[i] == 1 && Double.isFinite(mm1Rate[i])) {
            v.put(FlowMetric.P50_DELAY_S, Estimate.of(mm1Fixed[i] + LN2 / mm1Rate[i]));
            v.put(FlowMetric.P99_DELAY_S, Estimate.of(mm1Fixed[i] + LN100 / mm1Rate[i]));
        }
    }

    List<LinkResult> linkResults() {
        List<LinkResult> out = new ArrayList<>();
        for (int arc = 0; arc < network.arcCount(); arc++) {
            if (!(offeredBitSeconds[arc] > 0)) {
                continue;
            }
            double capacity = network.capacityBps[arc];
            Map<LinkMetric, Estimate> v = new EnumMap<>(LinkMetric.class);
            v.put(LinkMetric.LOAD_BPS, Estimate.of(offeredBitSeconds[arc] / duration));
            if (capacity > 0) {
                v.put(LinkMetric.UTILISATION, Estimate.of(carriedBitSeconds[arc] / (capacity * duration)));
            }
            v.put(LinkMetric.MEAN_QUEUE_PACKETS, Estimate.of(queueSeconds[arc] / duration));
            v.put(LinkMetric.DROPPED_PACKETS, Estimate.of(dropped[arc]));
            out.add(new LinkResult(network.link(arc).id().value(), network.from(arc).value(), network.to(arc).value(), v));
        }
        return out;
    }
}
