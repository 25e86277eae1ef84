package org.nettwin.telemetry.pipeline.grid;

import java.util.Arrays;
import org.nettwin.telemetry.pipeline.QualityFlags;

/**
 * Puts each series' points (collector-clock time, value, quality bits), which must arrive in time order per series,
 * on the grid of whole multiples of {@code step} ns. When a point arrives, every grid time g in (previous, this]
 * gets the linear interpolation between the two points, flagged {@link QualityFlags#INTERPOLATED} (unless g is
 * exactly this point's time) with the OR of both points' bits. Two points further apart than {@code maxGap} ns are
 * not interpolated between: the grid times in between are missing and only counted. Not thread-safe.
 */
public final class GridAligner {

    /** Receives the aligned values. */
    @FunctionalInterface
    public interface Output {
        /** One grid value of {@code series} at {@code gridNanos} (collector clock). */
        void grid(int series, long gridNanos, double value, int flags);
    }

    private final long step;
    private final long maxGap;
    private long[] lastTime = new long[0];
    private double[] lastValue = new double[0];
    private int[] lastFlags = new int[0];

    /** An aligner on a grid of {@code stepNanos} that interpolates across at most {@code maxGapSteps} steps. */
    public GridAligner(long stepNanos, int maxGapSteps) {
        if (stepNanos <= 0 || maxGapSteps < 1) {
            throw new IllegalArgumentException("step must be positive and maxGapSteps >= 1");
        }
        this.step = stepNanos;
        this.maxGap = stepNanos * maxGapSteps;
    }

    /** The time of the series' newest point, or {@code Long.MIN_VALUE} if none. */
    public long lastTime(int series) {
        return series < lastTime.length ? lastTime[series] : Long.MIN_VALUE;
    }

    /**
     * Adds a point later than the series' newest and emits the grid values it completes.
     *
     * @return how many grid points were left missing because of a gap before this point
     */
    public long add(int series, long timeNanos, double value, int flags, Output out) {
        ensure(series);
        long prev = lastTime[series];
        long missing = 0;
        if (prev == Long.MIN_VALUE) {
            if (Math.floorMod(timeNanos, step) == 0) {
                out.grid(series, timeNanos, value, flags);
            }
        } else if (timeNanos - prev > maxGap) {
            missing = Math.floorDiv(timeNanos, step) - Math.floorDiv(prev, step);
            if (Math.floorMod(timeNanos, step) == 0) {
                out.grid(series, timeNanos, value, flags);
                missing--;
            }
        } else {
            interpolate(series, prev, timeNanos, value, flags, out);
        }
        lastTime[series] = timeNanos;
        lastValue[series] = value;
        lastFlags[series] = flags;
        return missing;
    }

    private void interpolate(int series, long prev, long time, double value, int flags, Output out) {
        double prevValue = lastValue[series];
        int between = lastFlags[series] | flags | QualityFlags.INTERPOLATED;
        double span = time - prev;
        for (long g = (Math.floorDiv(prev, step) + 1) * step; g <= time; g += step) {
            if (g == time) {
                out.grid(series, g, value, flags);
            } else {
                out.grid(series, g, prevValue + (value - prevValue) * ((g - prev) / span), between);
            }
        }
    }

    private void ensure(int series) {
        if (series < lastTime.length) {
            return;
        }
        int old = lastTime.length;
        int n = Math.max(series + 1, old * 2);
        lastTime = Arrays.copyOf(lastTime, n);
        lastValue = Arrays.copyOf(lastValue, n);
        lastFlags = Arrays.copyOf(lastFlags, n);
        Arrays.fill(lastTime, old, n, Long.MIN_VALUE);
    }
}
