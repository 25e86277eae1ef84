package org.nettwin.sim.flow;

/**
 * The traffic an arc receives, grouped by the arc it arrives over (its input link), for the train correction of
 * Kleinrock's independence assumption: packets of one size that arrive back to back over one link cannot queue
 * behind each other at a next hop that is at least as fast, so such a group (a "train") does not wait for itself.
 * The estimator removes a train's self-wait in proportion to its share of the arc's work:
 * W = W_PK(all) - sum over trains g of (rho_g / rho) W_PK(g alone). Against a discrete-event reference on merging
 * tandem queues this is within a few percent, where plain independence overestimates by up to 40 % (and gives a
 * single flow through two equal links a second wait it never has).
 */
final class InputGroups {

    private final NetworkStates network;
    private final double[] lambda;
    private final double[] bits;
    private final double[] poissonSquare;
    private final double[] regularSquare;
    private final double[] minBits;
    private final double[] maxBits;
    private final int[] notFixed;
    private final boolean[] used;
    private final int[] touched;
    private int touchedCount;

    InputGroups(NetworkStates network) {
        this.network = network;
        int slots = network.slotStart[network.arcCount()];
        lambda = new double[slots];
        bits = new double[slots];
        poissonSquare = new double[slots];
        regularSquare = new double[slots];
        minBits = new double[slots];
        maxBits = new double[slots];
        notFixed = new int[slots];
        used = new boolean[slots];
        touched = new int[slots];
    }

    /** Forgets the last period. */
    void reset() {
        for (int k = 0; k < touchedCount; k++) {
            int slot = touched[k];
            used[slot] = false;
            notFixed[slot] = 0;
        }
        touchedCount = 0;
    }

    /** Flow i (mean size {@code meanBits}, fixed sizes or not) reaches {@code arc} over {@code upstream}. */
    void count(int arc, int upstream, double meanBits, boolean fixed) {
        int slot = network.slot(arc, upstream);
        if (!used[slot]) {
            used[slot] = true;
            touched[touchedCount++] = slot;
            minBits[slot] = Double.POSITIVE_INFINITY;
            maxBits[slot] = 0;
        }
        minBits[slot] = Math.min(minBits[slot], meanBits);
        maxBits[slot] = Math.max(maxBits[slot], meanBits);
        notFixed[slot] += fixed ? 0 : 1;
    }

    /** Clears the sums before a pass. */
    void clearSums() {
        for (int k = 0; k < touchedCount; k++) {
            int slot = touched[k];
            lambda[slot] = 0;
            bits[slot] = 0;
            poissonSquare[slot] = 0;
            regularSquare[slot] = 0;
        }
    }

    /** Adds {@code rate} packets/s of mean size {@code mean} bits, counted as regular or Poisson, to a group. */
    void offer(int arc, int upstream, double rate, double mean, boolean regular) {
        int slot = network.slot(arc, upstream);
        lambda[slot] += rate;
        bits[slot] += rate * mean;
        if (regular) {
            regularSquare[slot] += rate * mean * mean;
        } else {
            poissonSquare[slot] += rate * mean * mean;
        }
    }

    /**
     * The part of the arc's work variance (bits^2/s) that trains contribute only to their own wait, to be removed:
     * sum over trains of (rho_g / rho) sigma_g^2 (1 - rho) / (1 - rho_g). Zero at or above capacity, where the
     * buffer, not the variability, sets the queue.
     *
     * @param w the arc's QNA weight of regular traffic
     */
    double selfVariance(int arc, double rho, double w) {
        double capacity = network.capacityBps[arc];
        if (!(rho < 1) || !(rho > 0)) {
            return 0;
        }
        double out = 0;
        for (int slot = network.slotStart[arc]; slot < network.slotStart[arc + 1]; slot++) {
            if (!used[slot] || !isTrain(slot, capacity)) {
                continue;
            }
            double rhoGroup = bits[slot] / capacity;
            double variance = poissonSquare[slot] + (1 - w) * regularSquare[slot];
            out += rhoGroup / rho * variance * (1 - rho) / (1 - rhoGroup);
        }
        return out;
    }

    /** One fixed size, arriving over a link no faster than this arc. */
    private boolean isTrain(int slot, double capacity) {
        return notFixed[slot] == 0 && lambda[slot] > 0 && maxBits[slot] - minBits[slot] <= 1e-9 * maxBits[slot]
                && network.capacityBps[network.slotArc[slot]] <= capacity * (1 + 1e-12);
    }
}
