package org.nettwin.store.series;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Selects series: by entity kind, optionally one entity id, optionally one metric name. E.g. all {@code INTERFACE}
 * series of metric {@code in_rate}, or every metric of cell {@code gnb-3/c1}.
 */
public record SeriesFilter(EntityKind kind, Optional<String> entityId, Optional<String> metric) {

    public SeriesFilter {
        requireNonNull(kind, "kind");
        requireNonNull(entityId, "entityId");
        requireNonNull(metric, "metric");
    }

    public static SeriesFilter kind(EntityKind kind) {
        return new SeriesFilter(kind, Optional.empty(), Optional.empty());
    }

    public SeriesFilter entity(String id) {
        return new SeriesFilter(kind, Optional.of(id), metric);
    }

    public SeriesFilter metric(String name) {
        return new SeriesFilter(kind, entityId, Optional.of(name));
    }

    /** Whether {@code key} is selected. */
    public boolean matches(SeriesKey key) {
        return key.entity().kind() == kind && entityId.map(key.entity().id()::equals).orElse(true)
                && metric.map(key.metric().name()::equals).orElse(true);
    }
}
