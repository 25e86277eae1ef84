package org.nettwin.emulator.network;

/**
 * How long model steps take to compute: {@code count} steps so far, their mean and maximum compute time (ns of
 * wall time, not model time). A benchmark compares them with the step to show the model keeps up.
 */
public record TickStats(long count, double meanNanos, long maxNanos) {

    public TickStats {
        if (count < 0 || meanNanos < 0 || maxNanos < 0) {
            throw new IllegalArgumentException("tick stats must not be negative");
        }
    }
}
