package org.nettwin.emulator.network;

import java.util.Arrays;

/**
 * The flow-level step: pushes the offered demand down each destination's ECMP DAG and finds, for every link
 * direction, the fraction {@code pass} of what it is offered that its egress can send (min(1, rate / offered)).
 * Throttling upstream lowers what reaches downstream links, so the fractions are iterated to a fixed point (a few
 * rounds, warm-started from the previous step). What an egress cannot send is dropped there; a degraded link then
 * loses its loss fraction of what it sent. Allocates nothing per step.
 */
final class FlowSolver {

    private static final int MAX_ROUNDS = 8;
    private static final double TOLERANCE = 1e-9;

    private final Fabric fabric;
    private final double[] inject;
    final double[] offered;
    final double[] pass;
    final double[] carried;
    final double[] terminating;
    final double[] originated;
    final double[] delivered;
    private final double[] ratio;
    double unrouted;
    int rounds;

    FlowSolver(Fabric fabric, int pairs) {
        this.fabric = fabric;
        int n = fabric.nodeCount();
        delivered = new double[pairs];
        ratio = new double[n];
        int arcs = fabric.arcCount();
        inject = new double[n];
        offered = new double[arcs];
        pass = new double[arcs];
        Arrays.fill(pass, 1);
        carried = new double[arcs];
        terminating = new double[n];
        originated = new double[n];
    }

    /** Solves one step of {@code demands} on {@code tables} with the element state of {@code controls}. */
    void solve(Demands demands, RouteTables tables, Controls controls) {
        rounds = 0;
        boolean settled = false;
        while (!settled && rounds < MAX_ROUNDS) {
            carryAll(demands, tables, controls);
            settled = updatePass(controls);
            rounds++;
        }
        for (int arc = 0; arc < offered.length; arc++) {
            carried[arc] = offered[arc] * pass[arc];
        }
        deliver(demands, tables, controls);
    }

    /**
     * Sets {@link #delivered}: per pair, the offered rate times the fraction that reaches the destination, found
     * backwards from it (a node delivers the mean, over its ECMP arcs, of pass x (1 - loss) x what the next node
     * delivers), since every flow crossing an arc loses the same fraction there.
     */
    private void deliver(Demands demands, RouteTables tables, Controls controls) {
        for (int d = 0; d < fabric.nodeCount(); d++) {
            int first = demands.pairStart[d];
            int last = demands.pairStart[d + 1];
            if (first == last) {
                continue;
            }
            int[] order = tables.order[d];
            int[] start = tables.start[d];
            int[] arcs = tables.arcs[d];
            ratio[d] = 1;
            for (int k = order.length - 1; k >= 0; k--) {
                double sum = 0;
                for (int i = start[k]; i < start[k + 1]; i++) {
                    int arc = arcs[i];
                    sum += pass[arc] * (1 - controls.loss[arc >> 1]) * ratio[fabric.head[arc]];
                }
                ratio[order[k]] = sum / (start[k + 1] - start[k]);
            }
            boolean[] reaches = tables.reaches[d];
            for (int p = first; p < last; p++) {
                int o = demands.origin[p];
                delivered[p] = reaches[o] && reaches[d] ? demands.offered[p] * ratio[o] : 0;
            }
        }
    }

    /** Routes the offered demand with nothing throttled (every pass fraction 1), e.g. to calibrate the base. */
    void offerUnthrottled(Demands demands, RouteTables tables, Controls controls) {
        Arrays.fill(pass, 1);
        carryAll(demands, tables, controls);
        System.arraycopy(offered, 0, carried, 0, offered.length);
    }

    /** Sets every pass fraction from the offered load; true when none moved by more than the tolerance. */
    private boolean updatePass(Controls controls) {
        boolean settled = true;
        for (int arc = 0; arc < offered.length; arc++) {
            double rate = controls.egressBps(arc);
            double next = offered[arc] > rate ? rate / offered[arc] : 1;
            if (Math.abs(next - pass[arc]) > TOLERANCE) {
                settled = false;
            }
            pass[arc] = next;
        }
        return settled;
    }

    private void carryAll(Demands demands, RouteTables tables, Controls controls) {
        Arrays.fill(offered, 0);
        Arrays.fill(terminating, 0);
        Arrays.fill(originated, 0);
        unrouted = 0;
        for (int d = 0; d < fabric.nodeCount(); d++) {
            int first = demands.pairStart[d];
            int last = demands.pairStart[d + 1];
            if (first == last) {
                continue;
            }
            boolean[] reaches = tables.reaches[d];
            for (int p = first; p < last; p++) {
                double rate = demands.offered[p];
                int o = demands.origin[p];
                if (reaches[o] && reaches[d]) {
                    inject[o] += rate;
                    originated[o] += rate;
                } else {
                    unrouted += rate;
                }
            }
            carryTo(d, tables, controls);
        }
    }

    private void carryTo(int d, RouteTables tables, Controls controls) {
        int[] order = tables.order[d];
        int[] start = tables.start[d];
        int[] arcs = tables.arcs[d];
        for (int k = 0; k < order.length; k++) {
            int u = order[k];
            double amount = inject[u];
            if (amount == 0) {
                continue;
            }
            inject[u] = 0;
            int begin = start[k];
            int end = start[k + 1];
            double share = amount / (end - begin);
            for (int i = begin; i < end; i++) {
                int arc = arcs[i];
                offered[arc] += share;
                inject[fabric.head[arc]] += share * pass[arc] * (1 - controls.loss[arc >> 1]);
            }
        }
        terminating[d] += inject[d];
        inject[d] = 0;
    }
}
