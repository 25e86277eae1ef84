package org.nettwin.sim.compare;

/** A figure before (baseline) and after (what-if), both finite, in the figure's own unit. */
public record Change(double before, double after) {

    public Change {
        if (!Double.isFinite(before) || !Double.isFinite(after)) {
            throw new IllegalArgumentException("a change needs finite figures, got " + before + " -> " + after);
        }
    }

    /** after - before. */
    public double delta() {
        return after - before;
    }

    /** (after - before) / before in percent; +/-Infinity from zero to non-zero, 0 from zero to zero. */
    public double percent() {
        if (before == 0) {
            return after == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, after);
        }
        return 100 * (after - before) / Math.abs(before);
    }
}
