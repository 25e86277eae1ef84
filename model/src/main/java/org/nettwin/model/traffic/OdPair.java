package org.nettwin.model.traffic;

import static java.util.Objects.requireNonNull;

import org.nettwin.model.topology.NodeId;

/** A directed origin-destination pair of a traffic matrix; origin != destination. Written {@code ORIGIN->DESTINATION}. */
public record OdPair(NodeId origin, NodeId destination) {

    public OdPair {
        requireNonNull(origin, "origin");
        requireNonNull(destination, "destination");
        if (origin.equals(destination)) {
            throw new IllegalArgumentException("origin-destination pair from " + origin + " to itself");
        }
    }

    public static OdPair of(String origin, String destination) {
        return new OdPair(NodeId.of(origin), NodeId.of(destination));
    }

    /** The pair in the reverse direction. */
    public OdPair reversed() {
        return new OdPair(destination, origin);
    }

    @Override
    public String toString() {
        return origin + "->" + destination;
    }
}
