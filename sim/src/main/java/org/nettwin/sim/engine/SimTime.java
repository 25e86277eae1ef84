package org.nettwin.sim.engine;

import java.time.Duration;

/**
 * A point in simulated time: nanoseconds since the start of a run (>= 0). Simulated time is not wall-clock time
 * ({@link java.time.Instant}); the two meet only in {@link RealTimeRunner}.
 */
public record SimTime(long nanos) implements Comparable<SimTime> {

    /** The start of every run. */
    public static final SimTime ZERO = new SimTime(0);

    public SimTime {
        if (nanos < 0) {
            throw new IllegalArgumentException("simulated time must be >= 0 ns, got " + nanos);
        }
    }

    public static SimTime ofNanos(long nanos) {
        return new SimTime(nanos);
    }

    public static SimTime ofMillis(long millis) {
        return new SimTime(Math.multiplyExact(millis, 1_000_000L));
    }

    /** Seconds rounded to the nearest nanosecond, as ns-3 rounds every time it schedules. */
    public static SimTime ofSeconds(double seconds) {
        return new SimTime(Math.round(seconds * 1e9));
    }

    /** The time since the start of the run. */
    public static SimTime of(Duration sinceStart) {
        return new SimTime(sinceStart.toNanos());
    }

    public SimTime plus(Duration delay) {
        return new SimTime(Math.addExact(nanos, delay.toNanos()));
    }

    public boolean isAfter(SimTime other) {
        return nanos > other.nanos;
    }

    public double seconds() {
        return nanos / 1e9;
    }

    @Override
    public int compareTo(SimTime other) {
        return Long.compare(nanos, other.nanos);
    }

    @Override
    public String toString() {
        return seconds() + " s";
    }
}
