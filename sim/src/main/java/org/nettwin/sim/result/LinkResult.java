package org.nettwin.sim.result;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** What happened on one direction ({@code from} -> {@code to}) of a link; absent figures were not estimated. */
public record LinkResult(String id, String from, String to, Map<LinkMetric, Estimate> values) {

    public LinkResult {
        requireNonNull(id, "id");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
    }

    public Optional<Estimate> value(LinkMetric metric) {
        return Optional.ofNullable(values.get(metric));
    }

    /** The mean of a figure, or NaN when this engine did not give it. */
    public double mean(LinkMetric metric) {
        Estimate e = values.get(metric);
        return e == null ? Double.NaN : e.mean();
    }
}
