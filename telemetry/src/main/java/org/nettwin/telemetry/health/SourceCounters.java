package org.nettwin.telemetry.health;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The mutable counters of one source; guarded by its own monitor. */
final class SourceCounters {

    private static final int BUCKETS = 60;

    private final long windowNanos;
    private final long[] bucketCounts = new long[BUCKETS];
    private final long[] bucketStarts = new long[BUCKETS];
    private final Map<String, Long> rejected = new HashMap<>();
    private long measurements;
    private long errors;
    private long lastSeenMillis = Long.MIN_VALUE;
    private String lastError;
    private boolean connected;

    SourceCounters(long windowNanos) {
        this.windowNanos = windowNanos;
    }

    synchronized void delivered(int count, long wallMillis, long monoNanos) {
        measurements += count;
        lastSeenMillis = wallMillis;
        long bucketNanos = windowNanos / BUCKETS;
        long index = monoNanos / bucketNanos;
        int slot = (int) Math.floorMod(index, (long) BUCKETS);
        if (bucketStarts[slot] != index) {
            bucketStarts[slot] = index;
            bucketCounts[slot] = 0;
        }
        bucketCounts[slot] += count;
    }

    synchronized void rejected(String reason) {
        rejected.merge(reason, 1L, Long::sum);
    }

    synchronized void error(String message) {
        errors++;
        lastError = message;
    }

    synchronized void connected(boolean up) {
        connected = up;
    }

    synchronized SourceReport report(String collector, String source, long monoNanos) {
        long bucketNanos = windowNanos / BUCKETS;
        long current = monoNanos / bucketNanos;
        long sum = 0;
        for (int i = 0; i < BUCKETS; i++) {
            if (current - bucketStarts[i] < BUCKETS && bucketStarts[i] <= current) {
                sum += bucketCounts[i];
            }
        }
        Optional<Instant> seen = lastSeenMillis == Long.MIN_VALUE ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli(lastSeenMillis));
        return new SourceReport(collector, source, seen, measurements, sum / (windowNanos / 1e9), rejected, errors,
                Optional.ofNullable(lastError), connected);
    }
}
