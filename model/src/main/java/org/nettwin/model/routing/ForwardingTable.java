package org.nettwin.model.routing;

import java.util.Arrays;

/**
 * The routing table of every node towards one destination, in the index space of a {@link RoutingGraph}: each
 * node's metric distance to the destination and the arc it forwards on. The next hop of {@code u} is the lowest
 * file-order neighbour {@code v} with {@code metric(u,v) + dist(v) == dist(u)}, and among parallel links to
 * {@code v} the lowest link; following next hops is hop-by-hop forwarding. Immutable.
 */
public final class ForwardingTable {

    /** The arc or node index returned where there is none (at the destination, or when it is unreachable). */
    public static final int NONE = -1;

    /** The distance of a node that cannot reach the destination. */
    public static final long UNREACHABLE = DijkstraSearch.UNREACHABLE;

    private final int destination;
    private final long[] dist;
    private final int[] nextArc;
    private final int[] reached;
    private final int[] nextHop;

    private ForwardingTable(int destination, long[] dist, int[] nextArc, int[] reached, int[] nextHop) {
        this.destination = destination;
        this.dist = dist;
        this.nextArc = nextArc;
        this.reached = reached;
        this.nextHop = nextHop;
    }

    /** Computes the table towards {@code destination} with {@code search}, a workspace on {@code graph}. */
    static ForwardingTable compute(RoutingGraph graph, int destination, DijkstraSearch search) {
        int n = graph.nodeCount();
        long[] dist = new long[n];
        int[] order = new int[n];
        int count = search.run(destination, dist, order);
        int[] nextArc = new int[n];
        int[] nextHop = new int[n];
        Arrays.fill(nextArc, NONE);
        Arrays.fill(nextHop, NONE);
        for (int k = 1; k < count; k++) {
            int u = order[k];
            int arc = firstTightArc(graph, dist, u);
            nextArc[u] = arc;
            nextHop[u] = graph.head(arc);
        }
        return new ForwardingTable(destination, dist, nextArc, Arrays.copyOf(order, count), nextHop);
    }

    /** The first arc out of {@code u} in CSR order (lowest head, then lowest link) that lies on a shortest path. */
    static int firstTightArc(RoutingGraph graph, long[] dist, int u) {
        long du = dist[u];
        for (int i = graph.outBegin(u), end = graph.outEnd(u); i < end; i++) {
            int arc = graph.outArc(i);
            long dv = dist[graph.head(arc)];
            if (dv != UNREACHABLE && dv + graph.metric(arc) == du) {
                return arc;
            }
        }
        throw new IllegalStateException("node " + u + " has a distance but no arc on a shortest path");
    }

    /**
     * Carries the traffic injected per node in {@code inject} (bit/s, or fractions) to the destination, adding what
     * crosses each arc to {@code arcLoad}; {@code inject} is consumed (left all zero). Traffic injected at a node
     * that does not reach the destination is left where it is, so callers route only reachable origins.
     */
    void carry(RoutingGraph graph, double[] inject, double[] arcLoad, RoutingMode mode) {
        for (int k = reached.length - 1; k > 0; k--) {
            int u = reached[k];
            double amount = inject[u];
            if (amount == 0) {
                continue;
            }
            inject[u] = 0;
            if (mode == RoutingMode.SHORTEST_PATH) {
                arcLoad[nextArc[u]] += amount;
                inject[nextHop[u]] += amount;
            } else {
                split(graph, u, amount, inject, arcLoad);
            }
        }
        inject[destination] = 0;
    }

    /** Splits {@code amount} equally over the shortest-path arcs leaving {@code u}. */
    private void split(RoutingGraph graph, int u, double amount, double[] inject, double[] arcLoad) {
        int begin = graph.outBegin(u);
        int end = graph.outEnd(u);
        int ways = 0;
        for (int i = begin; i < end; i++) {
            if (isOnShortestPath(graph, graph.outArc(i))) {
                ways++;
            }
        }
        double share = amount / ways;
        for (int i = begin; i < end; i++) {
            int arc = graph.outArc(i);
            if (isOnShortestPath(graph, arc)) {
                arcLoad[arc] += share;
                inject[graph.head(arc)] += share;
            }
        }
    }

    /** The destination node index. */
    public int destination() {
        return destination;
    }

    /** The metric distance from {@code node} to the destination, {@link #UNREACHABLE} when there is no path. */
    public long distance(int node) {
        return dist[node];
    }

    /** Whether {@code node} has a path to the destination (the destination reaches itself). */
    public boolean reaches(int node) {
        return dist[node] != UNREACHABLE;
    }

    /** The arc {@code node} forwards on, {@link #NONE} at the destination or when it is unreachable. */
    public int nextArc(int node) {
        return nextArc[node];
    }

    /** The neighbour {@code node} forwards to, {@link #NONE} at the destination or when it is unreachable. */
    public int nextHop(int node) {
        return nextHop[node];
    }

    /** Whether {@code arc} lies on some shortest path to the destination (an ECMP arc). */
    public boolean isOnShortestPath(RoutingGraph graph, int arc) {
        long dt = dist[graph.tail(arc)];
        long dh = dist[graph.head(arc)];
        return dt != UNREACHABLE && dh != UNREACHABLE && dh + graph.metric(arc) == dt;
    }

    /** How many nodes reach the destination, itself included. */
    public int reachedCount() {
        return reached.length;
    }

    /**
     * The {@code k}-th node that reaches the destination, in order of (distance, index): the destination first.
     * Walking this order backwards visits every node before the nodes it forwards to.
     */
    public int reached(int k) {
        return reached[k];
    }
}
