package org.nettwin.emulator.truth;

import static java.util.Objects.requireNonNull;

import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.units.DataRate;

/**
 * The truth about one link direction over one second: mean offered and carried rates (carried = what the egress
 * transmitted, before any loss on a degraded link; offered - carried was dropped at the egress queue) and the link's
 * state at the end of the second.
 */
public record DirectionTruth(LinkId link, NodeId from, NodeId to, DataRate offered, DataRate carried, LinkState state) {

    public DirectionTruth {
        requireNonNull(link, "link");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(offered, "offered");
        requireNonNull(carried, "carried");
        requireNonNull(state, "state");
    }
}
