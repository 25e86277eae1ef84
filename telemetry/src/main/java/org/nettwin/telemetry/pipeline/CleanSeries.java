package org.nettwin.telemetry.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * One series the pipeline has seen, interned once: its dense index (stable for the pipeline's life), source, name,
 * labels, a canonical key string ({@code source|name{k=v,...}} with labels sorted) and whether its values are rates
 * per second derived from a counter (true) or gauges passed through (false).
 */
public record CleanSeries(int index, String source, String name, Map<String, String> labels, String key, boolean rate) {

    public CleanSeries {
        requireNonNull(source, "source");
        requireNonNull(name, "name");
        requireNonNull(key, "key");
        labels = Map.copyOf(labels);
        if (index < 0) {
            throw new IllegalArgumentException("series index is negative: " + index);
        }
    }
}
