package org.nettwin.twin.live;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * The telemetry an estimate window averaged: the first and last grid time of its interface load samples (the
 * pipeline's grid on the twin's corrected clock; a grid sample is the rate over the grid step ending there). Used to
 * score an estimate against a ground truth over the same interval.
 */
public record EstimateWindow(Instant firstSample, Instant lastSample) {

    public EstimateWindow {
        requireNonNull(firstSample, "firstSample");
        requireNonNull(lastSample, "lastSample");
        if (lastSample.isBefore(firstSample)) {
            throw new IllegalArgumentException("estimate window ends before it starts: " + firstSample + " > "
                    + lastSample);
        }
    }

    /** Whether the samples span at least {@code duration}. */
    public boolean spans(java.time.Duration duration) {
        return java.time.Duration.between(firstSample, lastSample).compareTo(duration) >= 0;
    }

    static Optional<EstimateWindow> of(long firstMicros, long lastMicros) {
        if (firstMicros > lastMicros) {
            return Optional.empty();
        }
        return Optional.of(new EstimateWindow(micros(firstMicros), micros(lastMicros)));
    }

    private static Instant micros(long us) {
        return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000), Math.floorMod(us, 1_000_000) * 1000L);
    }
}
