package org.nettwin.server.ingest;

/**
 * Counts of lags in 10 ms buckets up to 60 s (larger lags go to the last bucket), with the maximum and count, so
 * percentiles can be read without keeping every sample. Not thread-safe: its owner synchronises.
 */
final class LagHistogram {

    private static final long BUCKET_MICROS = 10_000L;
    private static final int BUCKETS = 6_000;

    private final long[] counts = new long[BUCKETS + 1];
    private long total;
    private long maxMicros;

    void record(long lagMicros) {
        long lag = Math.max(0, lagMicros);
        counts[(int) Math.min(BUCKETS, lag / BUCKET_MICROS)]++;
        total++;
        maxMicros = Math.max(maxMicros, lag);
    }

    long count() {
        return total;
    }

    long maxMicros() {
        return maxMicros;
    }

    /** The upper edge of the bucket holding the {@code q} quantile (0 < q <= 1), in microseconds; 0 when empty. */
    long quantileMicros(double q) {
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(q * total);
        long seen = 0;
        for (int i = 0; i <= BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return i == BUCKETS ? maxMicros : (i + 1) * BUCKET_MICROS;
            }
        }
        return maxMicros;
    }

    void clear() {
        java.util.Arrays.fill(counts, 0);
        total = 0;
        maxMicros = 0;
    }
}
