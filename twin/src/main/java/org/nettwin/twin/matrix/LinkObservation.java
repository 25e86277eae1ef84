package org.nettwin.twin.matrix;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.nettwin.model.routing.DirectedLoad;
import org.nettwin.model.routing.LinkLoads;
import org.nettwin.model.units.DataRate;

/**
 * What was measured over one interval: the mean load of each observed link direction (directions not listed are
 * unobserved, not idle) and, when known, each node's ingress and egress totals.
 */
public record LinkObservation(Map<LinkDirection, DataRate> loads, Optional<NodeTotals> totals) {

    public LinkObservation {
        loads = Map.copyOf(Objects.requireNonNull(loads, "loads"));
        Objects.requireNonNull(totals, "totals");
    }

    /** Link loads only. */
    public static LinkObservation of(Map<LinkDirection, DataRate> loads) {
        return new LinkObservation(loads, Optional.empty());
    }

    /** Every direction of a static load computation, e.g. to estimate back a matrix that was routed. */
    public static LinkObservation of(LinkLoads linkLoads) {
        Map<LinkDirection, DataRate> loads = new HashMap<>();
        for (DirectedLoad d : linkLoads.directions()) {
            loads.put(new LinkDirection(d.link(), d.from()), d.load());
        }
        return of(loads);
    }

    /** The same loads with node totals. */
    public LinkObservation withTotals(NodeTotals nodeTotals) {
        return new LinkObservation(loads, Optional.of(nodeTotals));
    }
}
