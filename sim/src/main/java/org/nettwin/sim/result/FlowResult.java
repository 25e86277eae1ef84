package org.nettwin.sim.result;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What happened to one flow. An engine gives only the figures it can estimate; the others are absent, never
 * invented (spec/scenario-format.md).
 */
public record FlowResult(String id, Map<FlowMetric, Estimate> values) {

    public FlowResult {
        requireNonNull(id, "id");
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
    }

    public Optional<Estimate> value(FlowMetric metric) {
        return Optional.ofNullable(values.get(metric));
    }

    /** The mean of a figure, or NaN when this engine did not give it. */
    public double mean(FlowMetric metric) {
        Estimate e = values.get(metric);
        return e == null ? Double.NaN : e.mean();
    }
}
