package org.nettwin.emulator.network;

import org.nettwin.model.routing.ForwardingTable;
import org.nettwin.model.routing.Routing;
import org.nettwin.model.routing.RoutingGraph;
import org.nettwin.model.topology.Topology;

/**
 * The ECMP forwarding DAGs towards every destination of the traffic, translated once into the fabric's indexes so
 * that a model step only walks primitive arrays: for destination {@code d}, {@code order[d]} lists the nodes that
 * reach it farthest first (the destination left out), and the ECMP arcs of the {@code k}-th are
 * {@code arcs[d][start[d][k]] .. arcs[d][start[d][k + 1] - 1]}. Rebuilt only when routes change.
 */
final class RouteTables {

    final int[][] order;
    final int[][] start;
    final int[][] arcs;
    final boolean[][] reaches;

    RouteTables(Fabric fabric, Topology routed, boolean[] isDestination) {
        int n = fabric.nodeCount();
        order = new int[n][];
        start = new int[n][];
        arcs = new int[n][];
        reaches = new boolean[n][];
        Routing routing = Routing.of(routed);
        RoutingGraph graph = routing.graph();
        int[] toFabric = new int[graph.nodeCount()];
        for (int i = 0; i < toFabric.length; i++) {
            toFabric[i] = fabric.node(graph.nodeId(i));
        }
        int[] arcToFabric = new int[graph.arcCount()];
        for (int arc = 0; arc < arcToFabric.length; arc++) {
            int link = fabric.link(graph.linkId(arc));
            arcToFabric[arc] = 2 * link + (graph.isForward(arc) ? 0 : 1);
        }
        for (int d = 0; d < n; d++) {
            reaches[d] = new boolean[n];
            int at = graph.indexOf(fabric.nodes[d].id()).orElse(-1);
            if (!isDestination[d] || at < 0) {
                order[d] = new int[0];
                start[d] = new int[1];
                arcs[d] = new int[0];
                continue;
            }
            build(d, graph, routing.table(at), toFabric, arcToFabric);
        }
    }

    private void build(int d, RoutingGraph graph, ForwardingTable table, int[] toFabric, int[] arcToFabric) {
        int count = table.reachedCount();
        order[d] = new int[count - 1];
        start[d] = new int[count];
        int total = 0;
        for (int k = 0; k < count; k++) {
            int u = table.reached(k);
            reaches[d][toFabric[u]] = true;
            for (int i = graph.outBegin(u); i < graph.outEnd(u); i++) {
                if (table.isOnShortestPath(graph, graph.outArc(i))) {
                    total++;
                }
            }
        }
        arcs[d] = new int[total];
        int filled = 0;
        for (int k = count - 1, slot = 0; k > 0; k--, slot++) {
            int u = table.reached(k);
            order[d][slot] = toFabric[u];
            start[d][slot] = filled;
            for (int i = graph.outBegin(u); i < graph.outEnd(u); i++) {
                int arc = graph.outArc(i);
                if (table.isOnShortestPath(graph, arc)) {
                    arcs[d][filled++] = arcToFabric[arc];
                }
            }
        }
        start[d][count - 1] = filled;
    }
}
