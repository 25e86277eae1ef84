package org.nettwin.store.series;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How long each resolution is kept: raw samples, 1-minute and 15-minute roll-ups (min, max, sum, count, last per
 * series and bucket). Each resolution is kept at least as long as the finer one before it.
 */
public record RetentionPolicy(Duration raw, Duration oneMinute, Duration fifteenMinutes) {

    /** 7 days raw, 90 days at 1 minute, 2 years at 15 minutes. */
    public static final RetentionPolicy DEFAULTS = new RetentionPolicy(Duration.ofDays(7), Duration.ofDays(90),
            Duration.ofDays(730));

    public RetentionPolicy {
        requireNonNull(raw, "raw");
        requireNonNull(oneMinute, "oneMinute");
        requireNonNull(fifteenMinutes, "fifteenMinutes");
        if (raw.isNegative() || raw.isZero() || oneMinute.compareTo(raw) < 0 || fifteenMinutes.compareTo(oneMinute) < 0) {
            throw new IllegalArgumentException("retention must be > 0 and grow with coarser resolutions");
        }
    }
}
