package org.nettwin.sim.flow;

import java.util.Arrays;
import java.util.List;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.scenario.ScenarioEvent;

/**
 * The periods the estimator solves one after another: between consecutive boundaries nothing changes. Boundaries
 * are 0, the end of traffic (the last flow's end), every event inside and, when there are at most
 * {@code maxPeriods} of them, every flow start and stop; with more, flow activity is averaged over
 * {@code maxPeriods} equal slices instead (events stay exact boundaries).
 */
final class Timeline {

    /** Boundaries closer than this (seconds) are one. */
    private static final double SAME_TIME = 1e-12;

    private final double[] boundaries;
    private final boolean exact;

    private Timeline(double[] boundaries, boolean exact) {
        this.boundaries = boundaries;
        this.exact = exact;
    }

    static Timeline of(Scenario scenario, FlowSet flows, int maxPeriods) {
        double horizon = 0;
        for (int i = 0; i < flows.size(); i++) {
            horizon = Math.max(horizon, flows.end[i]);
        }
        if (horizon <= 0) {
            horizon = FlowSet.seconds(scenario.simulation().duration());
        }
        double[] flowTimes = new double[2 * flows.size()];
        for (int i = 0; i < flows.size(); i++) {
            flowTimes[2 * i] = flows.start[i];
            flowTimes[2 * i + 1] = flows.end[i];
        }
        double[] distinctFlowTimes = distinctInside(flowTimes, flowTimes.length, horizon);
        boolean exact = distinctFlowTimes.length <= maxPeriods;
        double[] grid = exact ? distinctFlowTimes : grid(horizon, maxPeriods);
        List<ScenarioEvent> events = scenario.events();
        double[] all = Arrays.copyOf(grid, grid.length + events.size() + 2);
        int n = grid.length;
        for (ScenarioEvent e : events) {
            all[n++] = FlowSet.seconds(e.at());
        }
        all[n++] = 0;
        all[n++] = horizon;
        double[] inside = distinctInside(all, n, horizon);
        double[] withEnds = new double[inside.length + 2];
        System.arraycopy(inside, 0, withEnds, 1, inside.length);
        withEnds[withEnds.length - 1] = horizon;
        return new Timeline(withEnds, exact);
    }

    /** The sorted distinct values of {@code times[0..n)} strictly between 0 and {@code horizon}. */
    private static double[] distinctInside(double[] times, int n, double horizon) {
        double[] sorted = Arrays.copyOf(times, n);
        Arrays.sort(sorted);
        double[] out = new double[n];
        int k = 0;
        for (double t : sorted) {
            if (t > SAME_TIME && t < horizon - SAME_TIME && (k == 0 || t - out[k - 1] > SAME_TIME)) {
                out[k++] = t;
            }
        }
        return Arrays.copyOf(out, k);
    }

    private static double[] grid(double horizon, int slices) {
        double[] out = new double[slices - 1];
        for (int i = 1; i < slices; i++) {
            out[i - 1] = horizon * i / slices;
        }
        return out;
    }

    int periods() {
        return boundaries.length - 1;
    }

    double start(int period) {
        return boundaries[period];
    }

    double end(int period) {
        return boundaries[period + 1];
    }

    /** Whether every flow is either on or off for a whole period (no averaging over slices). */
    boolean exact() {
        return exact;
    }
}
