package org.nettwin.store.series;

/**
 * Quality flags of a sample, OR-ed into one byte. Zero means a plain, measured value. The pipeline sets them; the
 * store keeps them and can filter on them.
 */
public final class Quality {

    /** A measured value with nothing to note. */
    public static final int GOOD = 0;
    /** Interpolated onto the time grid from neighbouring samples. */
    public static final int INTERPOLATED = 1;
    /** Flagged as an outlier (kept, not removed). */
    public static final int OUTLIER = 1 << 1;
    /** Arrived after its time window closed. */
    public static final int LATE = 1 << 2;
    /** Estimated by a model rather than measured (e.g. a traffic-matrix entry). */
    public static final int ESTIMATED = 1 << 3;
    /** The first rate after a counter reset or wrap (less precise). */
    public static final int COUNTER_RESET = 1 << 4;
    /** The clock of the source was corrected by more than the grid step. */
    public static final int CLOCK_CORRECTED = 1 << 5;

    private Quality() {
    }

    /** Whether {@code flags} is a valid combination (only known bits, fits a byte). */
    public static boolean isValid(int flags) {
        return (flags & ~0x3f) == 0;
    }
}
