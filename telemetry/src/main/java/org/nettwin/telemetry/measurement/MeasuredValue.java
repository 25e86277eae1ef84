package org.nettwin.telemetry.measurement;

import static java.util.Objects.requireNonNull;

/** What a telemetry leaf carried: a number (NaN and infinities allowed: Prometheus has them), text or a flag. */
public sealed interface MeasuredValue {

    /** A numeric value; its unit is carried by the measurement's name (e.g. {@code _bytes}, an OpenConfig leaf). */
    record Numeric(double value) implements MeasuredValue {
    }

    /** A text value, e.g. an oper-status {@code UP}. */
    record Text(String value) implements MeasuredValue {
        public Text {
            requireNonNull(value, "value");
        }
    }

    /** A boolean value, e.g. {@code enabled}. */
    record Flag(boolean value) implements MeasuredValue {
    }

    static MeasuredValue of(double v) {
        return new Numeric(v);
    }

    static MeasuredValue of(String v) {
        return new Text(v);
    }

    static MeasuredValue of(boolean v) {
        return new Flag(v);
    }
}
