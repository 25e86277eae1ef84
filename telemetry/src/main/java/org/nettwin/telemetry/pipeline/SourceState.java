package org.nettwin.telemetry.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.nettwin.telemetry.pipeline.clock.ClockEstimator;

/** One source's mutable state in the pipeline: its clock estimator, last known reset and health counters. */
final class SourceState {

    static final long NEVER = Long.MIN_VALUE;
    private static final long SECOND = 1_000_000_000L;

    final String name;
    final ClockEstimator clock;
    long resetAt = NEVER;
    long received;
    long accepted;
    long errors;
    long rejected;
    long unsupported;
    long duplicates;
    long late;
    long outOfOrder;
    long wraps;
    long resets;
    long outliers;
    long missing;
    long emitted;
    private long lastSeen = NEVER;
    private long lastSource = NEVER;
    private long windowStart = NEVER;
    private long windowCount;
    private double perSecond;

    SourceState(String name, ClockEstimator clock) {
        this.name = name;
        this.clock = clock;
    }

    /** Counts a received measurement at {@code receiveNanos} and keeps the receive rate current. */
    void receive(long receiveNanos) {
        received++;
        lastSeen = Math.max(lastSeen, receiveNanos);
        if (windowStart == NEVER) {
            windowStart = receiveNanos;
            windowCount = received - 1;
        } else if (receiveNanos - windowStart >= SECOND) {
            perSecond = (received - windowCount) * 1e9 / (receiveNanos - windowStart);
            windowStart = receiveNanos;
            windowCount = received;
        }
    }

    void sourceTime(long sourceNanos) {
        lastSource = Math.max(lastSource, sourceNanos);
    }

    SourceHealth snapshot() {
        Optional<Instant> seen = lastSeen == NEVER ? Optional.empty()
                : Optional.of(Instant.ofEpochSecond(0, lastSeen));
        long offset = lastSource == NEVER ? 0 : clock.offsetAt(lastSource);
        return new SourceHealth(name, seen, perSecond, received, accepted, errors, rejected, unsupported, duplicates,
                late, outOfOrder, wraps, resets, outliers, missing, emitted, Duration.ofNanos(offset),
                clock.drift() * 1e6, clock.jumps());
    }
}
