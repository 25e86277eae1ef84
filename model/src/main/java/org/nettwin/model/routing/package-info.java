/**
 * Routing over a {@link org.nettwin.model.topology.Topology}: an index-based directed view of it
 * ({@link org.nettwin.model.routing.RoutingGraph}), static shortest-path routing with the deterministic tie-break of
 * the scenario format, ECMP splits, k shortest loopless paths, all-pairs distances, graph facts, and the static
 * load computation that routes a traffic matrix in milliseconds (the first, instant what-if).
 *
 * <p>Everything here is deterministic: node index = position in {@code topology.nodes()} (file order), link index =
 * position in {@code topology.links()}, and every tie is broken on those indexes. The inner loops work on
 * primitive arrays; the typed model ({@code NodeId}, {@code Link}, {@code DataRate}) appears only at the API.
 */
package org.nettwin.model.routing;
