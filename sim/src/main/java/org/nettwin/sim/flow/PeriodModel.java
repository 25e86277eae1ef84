package org.nettwin.sim.flow;

/**
 * The queueing network of one period, solved as independent M/G/1/K transmitters (Kleinrock's independence
 * assumption: each flow arrives at every hop as a fresh stream of its own kind, its sizes redrawn), corrected for
 * trains of equal packets arriving over one link ({@link InputGroups}). Losses thin the
 * traffic offered downstream; that fixed point is found by {@code lossPasses} passes (blocking from the previous
 * pass thins the next one). Per-arc arrays are reused across periods; only the arcs used are reset.
 */
final class PeriodModel {

    /** Passes stop early once no blocking probability moves more than this. */
    private static final double CONVERGED = 1e-12;

    final double[] lambda;
    final double[] bits;
    final double[] blocking;
    final double[] wait;
    final double[] waiting;
    final int[] count;
    private final double[] poissonSquare;
    private final double[] regularSquare;
    private final double[] sizeVariance;
    private final double[] sumSquares;
    private final int[] notMm1;
    private final double[] minBits;
    private final double[] maxBits;
    private final int[] touched;
    private int touchedCount;
    private final InputGroups groups;
    private final NetworkStates network;
    private final FlowSet flows;
    private final FlowEstimatorSettings settings;

    PeriodModel(NetworkStates network, FlowSet flows, FlowEstimatorSettings settings) {
        this.network = network;
        this.flows = flows;
        this.settings = settings;
        int arcs = network.arcCount();
        lambda = new double[arcs];
        bits = new double[arcs];
        blocking = new double[arcs];
        wait = new double[arcs];
        waiting = new double[arcs];
        count = new int[arcs];
        poissonSquare = new double[arcs];
        regularSquare = new double[arcs];
        sizeVariance = new double[arcs];
        sumSquares = new double[arcs];
        notMm1 = new int[arcs];
        minBits = new double[arcs];
        maxBits = new double[arcs];
        touched = new int[arcs];
        groups = settings.trains() ? new InputGroups(network) : null;
    }

    /** The arcs that carry traffic in the period solved last. */
    int touchedCount() {
        return touchedCount;
    }

    int touched(int k) {
        return touched[k];
    }

    /**
     * Solves the period: {@code active[0..n)} are the flows sending, {@code rate[k]} the packets per second of
     * {@code active[k]} (its current rate times the fraction of the period it is on).
     */
    void solve(RoutedState state, int[] active, double[] rate, int n) {
        reset();
        for (int k = 0; k < n; k++) {
            countFlow(state.path(active[k]), active[k]);
        }
        for (int pass = 0; pass < settings.lossPasses(); pass++) {
            clearSums();
            for (int k = 0; k < n; k++) {
                offer(state.path(active[k]), active[k], rate[k]);
            }
            double moved = solveArcs();
            if (moved <= CONVERGED) {
                break;
            }
        }
    }

    private void reset() {
        for (int k = 0; k < touchedCount; k++) {
            int arc = touched[k];
            count[arc] = 0;
            notMm1[arc] = 0;
            blocking[arc] = 0;
            wait[arc] = 0;
            waiting[arc] = 0;
        }
        touchedCount = 0;
        if (groups != null) {
            groups.reset();
        }
    }

    private void countFlow(int[] path, int i) {
        boolean mm1 = !flows.cbr[i] && !flows.fixed[i];
        for (int k = 1; groups != null && k < path.length; k++) {
            groups.count(path[k], path[k - 1], flows.meanBits[i], flows.fixed[i]);
        }
        for (int arc : path) {
            if (count[arc] == 0) {
                touched[touchedCount++] = arc;
                minBits[arc] = Double.POSITIVE_INFINITY;
                maxBits[arc] = 0;
            }
            count[arc]++;
            notMm1[arc] += mm1 ? 0 : 1;
            minBits[arc] = Math.min(minBits[arc], flows.meanBits[i]);
            maxBits[arc] = Math.max(maxBits[arc], flows.meanBits[i]);
        }
    }

    private void clearSums() {
        for (int k = 0; k < touchedCount; k++) {
            int arc = touched[k];
            lambda[arc] = 0;
            bits[arc] = 0;
            poissonSquare[arc] = 0;
            regularSquare[arc] = 0;
            sizeVariance[arc] = 0;
            sumSquares[arc] = 0;
        }
        if (groups != null) {
            groups.clearSums();
        }
    }

    /** Adds flow i, thinned by the blocking upstream, to the sums of every arc on its path. */
    private void offer(int[] path, int i, double rate) {
        double mean = flows.meanBits[i];
        double variance = flows.varianceBits(i);
        boolean smoothModel = settings.cbr() == CbrModel.SMOOTH;
        boolean regular = flows.cbr[i];
        double carried = rate;
        int upstream = -1;
        for (int arc : path) {
            lambda[arc] += carried;
            bits[arc] += carried * mean;
            sumSquares[arc] += carried * carried;
            sizeVariance[arc] += carried * variance;
            boolean regularHere = smoothModel ? regular : regular && count[arc] == 1;
            if (regularHere) {
                regularSquare[arc] += carried * mean * mean;
            } else {
                poissonSquare[arc] += carried * mean * mean;
            }
            if (groups != null && upstream >= 0) {
                groups.offer(arc, upstream, carried, mean, regularHere);
            }
            if (!smoothModel && count[arc] > 1) {
                regular = false;
            }
            carried *= 1 - blocking[arc];
            upstream = arc;
        }
    }

    /** Solves every used arc; returns the largest change of a blocking probability. */
    private double solveArcs() {
        double moved = 0;
        for (int k = 0; k < touchedCount; k++) {
            int arc = touched[k];
            double capacity = network.capacityBps[arc];
            double meanService = capacity > 0 ? bits[arc] / lambda[arc] / capacity : Double.POSITIVE_INFINITY;
            double rho = capacity > 0 ? bits[arc] / capacity : Double.POSITIVE_INFINITY;
            double w = settings.cbr() == CbrModel.SMOOTH ? superpositionWeight(rho, arc) : 1;
            double workVariance = poissonSquare[arc] + (1 - w) * regularSquare[arc] + sizeVariance[arc];
            if (groups != null) {
                workVariance = Math.max(0, workVariance - groups.selfVariance(arc, rho, w));
            }
            double varianceRate = capacity > 0 ? workVariance / (capacity * capacity) : 0;
            HopQueue q = HopQueue.solve(lambda[arc], meanService, varianceRate, network.queuePackets[arc]);
            moved = Math.max(moved, Math.abs(q.blocking() - blocking[arc]));
            blocking[arc] = q.blocking();
            wait[arc] = q.waitS();
            waiting[arc] = q.meanWaiting();
        }
        return moved;
    }

    /**
     * Whitt's QNA weight of the regular (asymptotic) part of a superposition: 1 for one flow or a saturated link,
     * tending to 0 (Poisson) for many flows at moderate load.
     */
    private double superpositionWeight(double rho, int arc) {
        if (!(sumSquares[arc] > 0)) {
            return 1;
        }
        double nu = lambda[arc] * lambda[arc] / sumSquares[arc];
        double slack = 1 - Math.min(1, rho);
        return 1 / (1 + 4 * slack * slack * Math.max(0, nu - 1));
    }

    /**
     * The sojourn-time rate (mu - lambda) when the arc is an M/M/1 queue (Poisson flows of exponential sizes with
     * one mean, negligible loss, rho &lt; 1), otherwise NaN.
     */
    double mm1Rate(int arc) {
        double capacity = network.capacityBps[arc];
        double rho = bits[arc] / capacity;
        boolean oneMean = maxBits[arc] - minBits[arc] <= 1e-9 * maxBits[arc];
        if (notMm1[arc] != 0 || !oneMean || !(rho < 1) || blocking[arc] > 1e-9) {
            return Double.NaN;
        }
        double meanService = bits[arc] / lambda[arc] / capacity;
        return (1 - rho) / meanService;
    }
}
