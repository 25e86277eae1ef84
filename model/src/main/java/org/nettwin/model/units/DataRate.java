package org.nettwin.model.units;

import java.time.Duration;

/**
 * A data rate in bits per second. Raw numbers never cross an API; rates do.
 * Stored as a double so that rates read from files (e.g. 1902565.6 bit/s) stay exact; always finite and >= 0.
 */
public record DataRate(double bitsPerSecond) implements Comparable<DataRate> {

    /** No traffic at all. */
    public static final DataRate ZERO = new DataRate(0);

    public DataRate {
        if (!Double.isFinite(bitsPerSecond) || bitsPerSecond < 0) {
            throw new IllegalArgumentException("data rate must be finite and >= 0 bit/s, got " + bitsPerSecond);
        }
    }

    public static DataRate ofBps(double bps) {
        return new DataRate(bps);
    }

    public static DataRate ofKbps(double kbps) {
        return new DataRate(kbps * 1e3);
    }

    public static DataRate ofMbps(double mbps) {
        return new DataRate(mbps * 1e6);
    }

    public static DataRate ofGbps(double gbps) {
        return new DataRate(gbps * 1e9);
    }

    public double megabitsPerSecond() {
        return bitsPerSecond / 1e6;
    }

    public DataRate plus(DataRate other) {
        return new DataRate(bitsPerSecond + other.bitsPerSecond);
    }

    public DataRate times(double factor) {
        return new DataRate(bitsPerSecond * factor);
    }

    public boolean isZero() {
        return bitsPerSecond == 0;
    }

    /** Fraction of this rate that {@code load} occupies; infinite when this rate is zero and the load is not. */
    public double utilisationBy(DataRate load) {
        if (bitsPerSecond == 0) {
            return load.bitsPerSecond == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return load.bitsPerSecond / bitsPerSecond;
    }

    /** Time needed to put {@code bytes} on the wire at this rate (rounded to the nanosecond). */
    public Duration transmissionTime(long bytes) {
        if (bitsPerSecond == 0) {
            throw new ArithmeticException("a zero rate never transmits");
        }
        return Duration.ofNanos(Math.round(bytes * 8e9 / bitsPerSecond));
    }

    @Override
    public int compareTo(DataRate other) {
        return Double.compare(bitsPerSecond, other.bitsPerSecond);
    }

    /** Human-readable form with an SI prefix, e.g. {@code 9.92 Gb/s}. */
    @Override
    public String toString() {
        double v = bitsPerSecond;
        String[] units = {"b/s", "kb/s", "Mb/s", "Gb/s", "Tb/s", "Pb/s"};
        int u = 0;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return (v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.3g", v)) + " " + units[u];
    }
}
