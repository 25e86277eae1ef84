package org.nettwin.telemetry.pipeline;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A snapshot of one source's health as the pipeline sees it. Counts are totals since the pipeline started:
 * {@code received} measurements, of which {@code accepted} passed every check; {@code errors} reported by collectors
 * (malformed messages), {@code rejected} (non-finite or negative counters), {@code unsupported} value kinds (text),
 * {@code duplicates}, {@code late} (behind the watermark), {@code outOfOrder} (older than the series' newest);
 * {@code wraps}, {@code resets}, {@code outliers} flagged, grid points left {@code missing} by gaps, and
 * {@code emitted} clean samples. {@code samplesPerSecond} is the receive rate over the last second or so;
 * {@code clockOffset} is collector clock minus source clock now, {@code driftPpm} the source clock's drift
 * (positive: the collector gains on it) and {@code clockJumps} the jumps detected.
 */
public record SourceHealth(String source, Optional<Instant> lastSeen, double samplesPerSecond, long received,
                           long accepted, long errors, long rejected, long unsupported, long duplicates, long late,
                           long outOfOrder, long wraps, long resets, long outliers, long missing, long emitted,
                           Duration clockOffset, double driftPpm, int clockJumps) {

    public SourceHealth {
        requireNonNull(source, "source");
        requireNonNull(lastSeen, "lastSeen");
        requireNonNull(clockOffset, "clockOffset");
    }
}
