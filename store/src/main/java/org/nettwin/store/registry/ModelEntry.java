package org.nettwin.store.registry;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One version of a learned model (forecaster, KPI surrogate, agent): its validation metrics, its lineage (the data
 * and parent models it came from, as free-form references such as {@code dataset:abilene-5min} or
 * {@code model:lstm-tm/3}) and the SHA-256 and size of its artifact. Versions of a name count from 1.
 */
public record ModelEntry(String name, int version, Instant createdAt, Map<String, Double> metrics, List<String> lineage,
                         String artifactSha256, long artifactBytes) {

    public ModelEntry {
        requireNonNull(name, "name");
        requireNonNull(createdAt, "createdAt");
        metrics = Map.copyOf(metrics);
        lineage = List.copyOf(lineage);
        requireNonNull(artifactSha256, "artifactSha256");
        if (version < 1 || artifactBytes < 0) {
            throw new IllegalArgumentException("version must be >= 1 and size >= 0");
        }
    }
}
