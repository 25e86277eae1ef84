/**
 * The immutable network model: nodes (routers, switches, hosts, radio sites with cells, core and edge servers),
 * full-duplex links with units as types, and versioned {@link org.nettwin.model.topology.Topology} snapshots.
 */
package org.nettwin.model.topology;
