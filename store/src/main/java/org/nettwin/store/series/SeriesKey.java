package org.nettwin.store.series;

import static java.util.Objects.requireNonNull;

/** Identifies one time series: an entity and a metric. The store maps each key to a compact numeric series id. */
public record SeriesKey(Entity entity, Metric metric) {

    public SeriesKey {
        requireNonNull(entity, "entity");
        requireNonNull(metric, "metric");
    }

    public static SeriesKey of(EntityKind kind, String entityId, String metric, String unit) {
        return new SeriesKey(Entity.of(kind, entityId), Metric.of(metric, unit));
    }
}
