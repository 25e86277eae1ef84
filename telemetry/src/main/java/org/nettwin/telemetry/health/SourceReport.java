package org.nettwin.telemetry.health;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The health of one source as a collector saw it: when it was last heard from, how many measurements it delivered,
 * the delivery rate over the last minute (per second), measurements or messages rejected by reason, transport
 * errors and the last error's message, and whether a session to it is up now.
 */
public record SourceReport(String collector, String source, Optional<Instant> lastSeen, long measurements,
                           double ratePerSecond, Map<String, Long> rejected, long errors, Optional<String> lastError,
                           boolean connected) {

    public SourceReport {
        requireNonNull(collector, "collector");
        requireNonNull(source, "source");
        requireNonNull(lastSeen, "lastSeen");
        requireNonNull(lastError, "lastError");
        rejected = Map.copyOf(rejected);
    }

    /** All rejections, whatever the reason. */
    public long rejectedTotal() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }
}
