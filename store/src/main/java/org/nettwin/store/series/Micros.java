package org.nettwin.store.series;

import java.time.Duration;
import java.time.Instant;

/** Conversions between instants and the store's time unit, microseconds since the epoch (saturating at the ends). */
final class Micros {

    static final long MINUTE = 60_000_000L;
    static final long QUARTER = 15 * MINUTE;

    private Micros() {
    }

    static long of(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
        } catch (ArithmeticException e) {
            return instant.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    static long of(Duration duration) {
        try {
            return Math.addExact(Math.multiplyExact(duration.getSeconds(), 1_000_000L), duration.getNano() / 1000);
        } catch (ArithmeticException e) {
            return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    static Instant toInstant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }

    /** The start of the bucket of width {@code width} that holds {@code t}, buckets aligned to the epoch. */
    static long floor(long t, long width) {
        return Math.floorDiv(t, width) * width;
    }

    /** The first bucket start at or after {@code t}. */
    static long ceil(long t, long width) {
        long f = floor(t, width);
        return f == t ? t : f + width;
    }
}
