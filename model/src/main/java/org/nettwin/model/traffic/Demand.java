package org.nettwin.model.traffic;

import static java.util.Objects.requireNonNull;

import org.nettwin.model.topology.NodeId;
import org.nettwin.model.units.DataRate;

/** Traffic offered from {@code origin} to {@code destination} at a mean {@code rate}; directed, origin != destination. */
public record Demand(String id, NodeId origin, NodeId destination, DataRate rate) {

    public Demand {
        requireNonNull(id, "id");
        requireNonNull(origin, "origin");
        requireNonNull(destination, "destination");
        requireNonNull(rate, "rate");
        if (origin.equals(destination)) {
            throw new IllegalArgumentException("demand " + id + " starts and ends at " + origin);
        }
    }

    /** A demand named {@code ORIGIN->DESTINATION}. */
    public static Demand of(String origin, String destination, DataRate rate) {
        return new Demand(origin + "->" + destination, NodeId.of(origin), NodeId.of(destination), rate);
    }

    public Demand withRate(DataRate newRate) {
        return new Demand(id, origin, destination, newRate);
    }
}
