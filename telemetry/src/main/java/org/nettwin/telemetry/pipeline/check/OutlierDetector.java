package org.nettwin.telemetry.pipeline.check;

import java.util.Arrays;

/**
 * Flags values far from their series' recent level. It keeps, per series, an exponentially weighted location m and
 * mean absolute deviation s (updated with the value clipped to m ± z·σ, so outliers barely move them: a robust
 * z-score in O(1) memory), with σ = 1.2533·s (the normal-law ratio), floored at 1 % of |m| so that near-constant
 * series do not flag noise. A value is an outlier when |x - m| > z·σ after a warm-up, or above the series' physical
 * limit. Three outliers in a row on the same side are taken as a level shift: the location restarts there.
 */
public final class OutlierDetector {

    private static final double ALPHA = 0.05;
    private static final double SIGMA_PER_MAD = 1.2533;
    private static final double RELATIVE_FLOOR = 0.01;

    private final double z;
    private final int warmup;
    private double[] location = new double[0];
    private double[] spread = new double[0];
    private int[] count = new int[0];
    private int[] run = new int[0];

    /** A detector flagging beyond {@code z} robust standard deviations after {@code warmup} values. */
    public OutlierDetector(double z, int warmup) {
        this.z = z;
        this.warmup = warmup;
    }

    /** Whether {@code x} is an outlier of {@code series} ({@code limit} NaN when unknown); learns from it. */
    public boolean outlier(int series, double x, double limit) {
        ensure(series);
        if (x > limit) {
            return true;
        }
        int n = count[series]++;
        if (n == 0) {
            location[series] = x;
            return false;
        }
        double m = location[series];
        double sigma = Math.max(SIGMA_PER_MAD * spread[series], RELATIVE_FLOOR * Math.abs(m));
        double dev = x - m;
        boolean flagged = n >= warmup && Math.abs(dev) > z * sigma;
        double a = Math.max(ALPHA, 1.0 / (n + 1));
        if (flagged) {
            int sign = dev > 0 ? 1 : -1;
            int r = run[series] * sign > 0 ? run[series] + sign : sign;
            run[series] = r;
            if (Math.abs(r) >= 3) {
                location[series] = x;
                run[series] = 0;
                return true;
            }
            dev = Math.copySign(z * sigma, dev);
        } else {
            run[series] = 0;
        }
        location[series] = m + a * dev;
        spread[series] += a * (Math.abs(dev) - spread[series]);
        return flagged;
    }

    private void ensure(int series) {
        if (series < count.length) {
            return;
        }
        int n = Math.max(series + 1, count.length * 2);
        location = Arrays.copyOf(location, n);
        spread = Arrays.copyOf(spread, n);
        count = Arrays.copyOf(count, n);
        run = Arrays.copyOf(run, n);
    }
}
