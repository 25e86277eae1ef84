package org.nettwin.model.routing;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;

/**
 * Shortest metric distances between all ordered node pairs of one snapshot, by one Dijkstra per node on primitive
 * arrays (O(N (N + L) log N); some 55 ms for a 754-node, 899-link network). Indexes are those of the
 * {@link RoutingGraph}; distances are symmetric because metrics are. Immutable.
 */
public final class AllPairs {

    /** The distance between nodes with no path between them. */
    public static final long UNREACHABLE = DijkstraSearch.UNREACHABLE;

    private final RoutingGraph graph;
    private final long[][] dist;

    private AllPairs(RoutingGraph graph) {
        this.graph = graph;
        int n = graph.nodeCount();
        this.dist = new long[n][n];
        DijkstraSearch search = new DijkstraSearch(graph);
        int[] order = new int[n];
        for (int s = 0; s < n; s++) {
            search.run(s, dist[s], order);
        }
    }

    public static AllPairs of(Topology topology) {
        return new AllPairs(RoutingGraph.of(topology));
    }

    public static AllPairs of(RoutingGraph graph) {
        return new AllPairs(requireNonNull(graph, "graph"));
    }

    public RoutingGraph graph() {
        return graph;
    }

    /** The number of nodes. */
    public int size() {
        return dist.length;
    }

    /** The distance between two node indexes, {@link #UNREACHABLE} when there is no path (0 from a node to itself). */
    public long distance(int from, int to) {
        return dist[from][to];
    }

    /** Whether there is a path between two node indexes. */
    public boolean reaches(int from, int to) {
        return dist[from][to] != UNREACHABLE;
    }

    /** The distance; empty when there is no path or a node is not in this snapshot. */
    public OptionalLong distance(NodeId from, NodeId to) {
        OptionalInt u = graph.indexOf(from);
        OptionalInt v = graph.indexOf(to);
        if (u.isEmpty() || v.isEmpty() || !reaches(u.getAsInt(), v.getAsInt())) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(dist[u.getAsInt()][v.getAsInt()]);
    }

    /** The distances from one node index to every node (a copy). */
    public long[] row(int from) {
        return dist[from].clone();
    }

    /** The largest finite distance between two nodes (0 with fewer than two connected nodes). */
    public long metricDiameter() {
        long max = 0;
        for (long[] row : dist) {
            for (long d : row) {
                if (d != UNREACHABLE && d > max) {
                    max = d;
                }
            }
        }
        return max;
    }
}
