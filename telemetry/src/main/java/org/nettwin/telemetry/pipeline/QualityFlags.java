package org.nettwin.telemetry.pipeline;

/**
 * The quality bits a clean sample carries. The values equal {@code org.nettwin.store.series.Quality} bit for bit
 * (this module may not import the store), so the server passes the int through unchanged.
 */
public final class QualityFlags {

    /** The value was interpolated between two neighbouring points, not observed at the grid time. */
    public static final int INTERPOLATED = 1;
    /** The value looks wrong: a robust z-score far out, or a rate above the physical limit of the series. */
    public static final int OUTLIER = 2;
    /** The value arrived behind the watermark minus the allowed lateness and was kept by the late policy. */
    public static final int LATE = 4;
    /** The value or its time was estimated: no source timestamp (receive time used), or a non-finite value held. */
    public static final int ESTIMATED = 8;
    /** A counter reset (reboot) happened in or just before the interval the rate covers. */
    public static final int COUNTER_RESET = 16;
    /** The source's timestamp was corrected by the estimated clock offset and drift. */
    public static final int CLOCK_CORRECTED = 32;

    private QualityFlags() {
    }

    /** Whether {@code flags} has every bit of {@code bit}. */
    public static boolean has(int flags, int bit) {
        return (flags & bit) == bit;
    }
}
