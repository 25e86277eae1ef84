package org.nettwin.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the repository can hold, checked before anything reaches SQL so that both backends refuse the same input
 * with the same message: instants are kept as microseconds since 1970 (a BIGINT; sub-microsecond digits are
 * truncated; years about -290,000 to +294,000), and text has no NUL character or unpaired surrogate (PostgreSQL
 * cannot store them; DuckDB could, so without this check the two backends would differ) and a bounded length.
 */
public final class Storable {

    private static final long MICROS_PER_SECOND = 1_000_000L;

    private Storable() {
    }

    /** {@code time} in microseconds since 1970, truncated; an IllegalArgumentException naming {@code what} if too far. */
    public static long micros(String what, Instant time) {
        requireNonNull(time, what);
        try {
            return exactMicros(time.truncatedTo(ChronoUnit.MICROS));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " " + time + " is outside the storable range (years -290308 to "
                    + "294247)");
        }
    }

    /** The greatest stored time at or before {@code time}, for {@code <=} bounds of queries (clamped, never fails). */
    public static long floorMicros(Instant time) {
        requireNonNull(time, "time");
        try {
            return exactMicros(time.truncatedTo(ChronoUnit.MICROS));
        } catch (ArithmeticException e) {
            return time.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** The least stored time at or after {@code time}, for {@code >=} and {@code <} bounds of queries (clamped). */
    public static long ceilMicros(Instant time) {
        long floor = floorMicros(time);
        boolean fraction = time.getNano() % 1000 != 0;
        return fraction && floor != Long.MAX_VALUE && floor != Long.MIN_VALUE ? floor + 1 : floor;
    }

    /** The instant of a stored microsecond count. */
    public static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, MICROS_PER_SECOND),
                Math.floorMod(micros, MICROS_PER_SECOND) * 1000L);
    }

    /** Checks that a query range is not reversed. */
    public static void range(Instant from, Instant to) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("range is reversed: from " + from + " is after to " + to);
        }
    }

    /** {@code value} if it is storable text of at most {@code maxChars} characters (may be empty). */
    public static String text(String what, String value, int maxChars) {
        requireNonNull(value, what);
        if (value.length() > maxChars) {
            throw new IllegalArgumentException(what + " is " + value.length() + " characters long (at most " + maxChars
                    + ")");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                throw new IllegalArgumentException(what + " contains a NUL character (at index " + i + ")");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(what + " contains an unpaired surrogate (at index " + i + ")");
            }
        }
        return value;
    }

    /** {@code value} if it is storable, not blank, and at most {@code maxChars} characters long. */
    public static String name(String what, String value, int maxChars) {
        text(what, value, maxChars);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    private static long exactMicros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), MICROS_PER_SECOND), t.getNano() / 1000L);
    }
}
