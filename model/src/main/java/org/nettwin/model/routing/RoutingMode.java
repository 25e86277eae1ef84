package org.nettwin.model.routing;

/** How traffic towards a destination uses the shortest paths to it. */
public enum RoutingMode {
    /** Every node forwards on its single next hop (the scenario format's deterministic tie-break). */
    SHORTEST_PATH,
    /** Every node splits its traffic equally over all its arcs on a shortest path (OSPF-style per-hop ECMP). */
    ECMP
}
