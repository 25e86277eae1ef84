package org.nettwin.model.routing;

import static java.util.Objects.requireNonNull;

import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.units.DataRate;

/**
 * The traffic one direction ({@code from} to {@code to}) of a link carries and its transmit capacity;
 * {@code utilisation} = load / capacity, 0 for an idle direction and +Infinity for a zero-capacity direction that
 * carries traffic. Never NaN or negative.
 */
public record DirectedLoad(LinkId link, NodeId from, NodeId to, DataRate load, DataRate capacity, double utilisation) {

    public DirectedLoad {
        requireNonNull(link, "link");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(load, "load");
        requireNonNull(capacity, "capacity");
        if (Double.isNaN(utilisation) || utilisation < 0) {
            throw new IllegalArgumentException("utilisation of " + link + " is " + utilisation);
        }
    }

    /** A direction carrying {@code load}, its utilisation computed from {@code capacity}. */
    public static DirectedLoad of(LinkId link, NodeId from, NodeId to, DataRate load, DataRate capacity) {
        return new DirectedLoad(link, from, to, load, capacity, capacity.utilisationBy(load));
    }

    /** Whether the direction is offered more than it can carry (utilisation > 1). */
    public boolean overloads() {
        return utilisation > 1;
    }

    /** Capacity left over, zero when the direction is full or overloaded. */
    public DataRate headroom() {
        return DataRate.ofBps(Math.max(0, capacity.bitsPerSecond() - load.bitsPerSecond()));
    }
}
