package org.nettwin.telemetry.pipeline.check;

import java.util.Arrays;

/**
 * Recognises a sample whose series and source timestamp were seen before. Memory is bounded: each series remembers
 * its last {@code depth} source timestamps in a ring of primitive cells, which covers re-sends and replays of the
 * recent past; older repeats are behind the series' newest time and are caught as out of order. Not thread-safe.
 */
public final class Deduplicator {

    private final int depth;
    private long[] ring = new long[0];
    private int[] next = new int[0];

    /** A de-duplicator remembering {@code depth} (>= 1) timestamps per series. */
    public Deduplicator(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be >= 1: " + depth);
        }
        this.depth = depth;
    }

    /** Whether ({@code series}, {@code sourceNanos}) was seen before; remembers it if not. */
    public boolean repeats(int series, long sourceNanos) {
        ensure(series);
        int base = series * depth;
        for (int i = base; i < base + depth; i++) {
            if (ring[i] == sourceNanos) {
                return true;
            }
        }
        ring[base + next[series]] = sourceNanos;
        next[series] = (next[series] + 1) % depth;
        return false;
    }

    private void ensure(int series) {
        if (series < next.length) {
            return;
        }
        int old = next.length;
        int n = Math.max(series + 1, old * 2);
        next = Arrays.copyOf(next, n);
        ring = Arrays.copyOf(ring, n * depth);
        Arrays.fill(ring, old * depth, ring.length, Long.MIN_VALUE);
    }
}
