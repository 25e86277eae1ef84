package org.nettwin.sim.result;

import java.util.OptionalDouble;

/**
 * A figure of a result: the mean over replications and, when there were several, the half-width of its 95 %
 * confidence interval. The unit is the one its metric names ({@code _s}, {@code _bps}, packets, ratio).
 */
public record Estimate(double mean, OptionalDouble ci95) {

    public Estimate {
        if (Double.isNaN(mean)) {
            throw new IllegalArgumentException("an estimate needs a value");
        }
        if (ci95.isPresent() && !(ci95.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("a confidence half-width must be >= 0, got " + ci95.getAsDouble());
        }
    }

    public static Estimate of(double value) {
        return new Estimate(value, OptionalDouble.empty());
    }

    public static Estimate of(double mean, double ci95) {
        return new Estimate(mean, OptionalDouble.of(ci95));
    }

    /**
     * Mean and 95 % half-width (Student t) of per-replication values; no half-width for a single value.
     *
     * @throws IllegalArgumentException when {@code values} is empty
     */
    public static Estimate ofSamples(double[] values) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        if (n == 1) {
            return of(mean);
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        return of(mean, StudentT.quantile975(n - 1) * sd / Math.sqrt(n));
    }
}
