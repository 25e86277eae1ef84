package org.nettwin.sim.flow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nettwin.model.scenario.Arrival;
import org.nettwin.model.scenario.Flow;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.scenario.SizeDistribution;

/**
 * The flows of a scenario as primitive arrays, index = position in the scenario: packets per second at the
 * flow's initial rate, size moments in bits, whether arrivals are CBR and sizes fixed, and the active interval
 * [start, end) in seconds, where end = min(stop, end of the run).
 */
final class FlowSet {

    final List<Flow> flows;
    final double[] packetRate;
    final double[] meanBits;
    final double[] secondBits;
    final boolean[] cbr;
    final boolean[] fixed;
    final double[] start;
    final double[] end;
    private final Map<String, Integer> index;

    FlowSet(Scenario scenario) {
        flows = scenario.flows();
        int n = flows.size();
        packetRate = new double[n];
        meanBits = new double[n];
        secondBits = new double[n];
        cbr = new boolean[n];
        fixed = new boolean[n];
        start = new double[n];
        end = new double[n];
        index = new HashMap<>(2 * n);
        double runEnd = seconds(scenario.simulation().end());
        for (int i = 0; i < n; i++) {
            Flow f = flows.get(i);
            SizeMoments sizes = SizeMoments.of(f.sizes(), f.packetSizeBytes());
            // The spec spaces packets by the nominal size: mean gap = packet_size_bytes * 8 / rate_bps.
            packetRate[i] = f.rate().bitsPerSecond() / (8.0 * f.packetSizeBytes());
            meanBits[i] = sizes.meanBits();
            secondBits[i] = sizes.secondBits();
            cbr[i] = f.arrival() == Arrival.CBR;
            fixed[i] = f.sizes() == SizeDistribution.FIXED;
            start[i] = seconds(f.start());
            end[i] = Math.max(start[i], Math.min(seconds(f.stop()), runEnd));
            index.put(f.id(), i);
        }
    }

    int size() {
        return flows.size();
    }

    /** The index of the flow with this id, -1 when there is none. */
    int indexOf(String id) {
        return index.getOrDefault(id, -1);
    }

    /** Variance of the flow's size, bits^2. */
    double varianceBits(int i) {
        return Math.max(0, secondBits[i] - meanBits[i] * meanBits[i]);
    }

    /** The fraction of [t0, t1) during which flow i sends. */
    double activity(int i, double t0, double t1) {
        double overlap = Math.min(end[i], t1) - Math.max(start[i], t0);
        return overlap <= 0 ? 0 : overlap / (t1 - t0);
    }

    static double seconds(java.time.Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }
}
