package org.nettwin.telemetry.gnmi.collector;

import java.util.Locale;

/**
 * How a target is asked for data (setting {@code mode}): a STREAM subscription with SAMPLE, ON_CHANGE or
 * TARGET_DEFINED subscriptions, a POLL subscription polled every interval, or a fresh ONCE subscription every
 * interval.
 */
enum CollectMode {
    SAMPLE, ON_CHANGE, TARGET_DEFINED, POLL, ONCE;

    /** The mode a setting names ({@code sample}, {@code on-change}, {@code target-defined}, {@code poll}, {@code once}). */
    static CollectMode named(String text, String where) {
        for (CollectMode mode : values()) {
            if (mode.settingName().equals(text)) {
                return mode;
            }
        }
        throw new IllegalArgumentException(where + ": setting 'mode' must be sample, on-change, target-defined, poll "
                + "or once");
    }

    String settingName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    boolean streams() {
        return this == SAMPLE || this == ON_CHANGE || this == TARGET_DEFINED;
    }
}
