package org.nettwin.emulator.device;

import static java.util.Objects.requireNonNull;

/** The value of one leaf as the device holds it: an unsigned counter, a gauge, text or a flag. */
public sealed interface LeafValue {

    /**
     * A monotonically increasing counter as the device reports it: {@code value} is unsigned and already wrapped at
     * the device's counter width ({@code bits}: 32 or 64), so a 64-bit counter may be negative as a Java long.
     */
    record Counter(long value, int bits) implements LeafValue {
        public Counter {
            if (bits != 32 && bits != 64) {
                throw new IllegalArgumentException("counter width must be 32 or 64 bits, got " + bits);
            }
        }
    }

    /** A measured level in the unit its path names (percent, bytes, seconds...). */
    record Gauge(double value) implements LeafValue {
    }

    /** A text value, e.g. an oper-status {@code UP}. */
    record Text(String value) implements LeafValue {
        public Text {
            requireNonNull(value, "value");
        }
    }

    /** A boolean value, e.g. an interface's {@code enabled}. */
    record Flag(boolean value) implements LeafValue {
    }
}
