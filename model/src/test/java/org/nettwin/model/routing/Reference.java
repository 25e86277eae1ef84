package org.nettwin.model.routing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;

/** Plain, obviously correct reference algorithms written independently of the code under test. */
final class Reference {

    static final long INF = Long.MAX_VALUE / 4;

    private Reference() {
    }

    static Map<NodeId, Integer> indexes(Topology topology) {
        Map<NodeId, Integer> index = new HashMap<>();
        for (int i = 0; i < topology.nodes().size(); i++) {
            index.put(topology.nodes().get(i).id(), i);
        }
        return index;
    }

    /** Floyd-Warshall on the link metrics; {@link #INF} where there is no path. */
    static long[][] floydWarshall(Topology topology) {
        int n = topology.nodes().size();
        Map<NodeId, Integer> index = indexes(topology);
        long[][] d = new long[n][n];
        for (long[] row : d) {
            Arrays.fill(row, INF);
        }
        for (int i = 0; i < n; i++) {
            d[i][i] = 0;
        }
        for (Link l : topology.links()) {
            int a = index.get(l.a());
            int b = index.get(l.b());
            d[a][b] = Math.min(d[a][b], l.metric());
            d[b][a] = Math.min(d[b][a], l.metric());
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (d[i][k] + d[k][j] < d[i][j]) {
                        d[i][j] = d[i][k] + d[k][j];
                    }
                }
            }
        }
        return d;
    }

    /** Neighbour sets as in topo_truth.py's {@code facts}. */
    static Map<NodeId, Set<NodeId>> adjacency(Topology topology) {
        Map<NodeId, Set<NodeId>> adj = new HashMap<>();
        topology.nodes().forEach(n -> adj.put(n.id(), new LinkedHashSet<>()));
        for (Link l : topology.links()) {
            adj.get(l.a()).add(l.b());
            adj.get(l.b()).add(l.a());
        }
        return adj;
    }

    /** Hop distances from {@code source} to every node it reaches. */
    static Map<NodeId, Integer> bfs(Map<NodeId, Set<NodeId>> adj, NodeId source) {
        Map<NodeId, Integer> dist = new HashMap<>();
        dist.put(source, 0);
        Deque<NodeId> queue = new ArrayDeque<>(List.of(source));
        while (!queue.isEmpty()) {
            NodeId u = queue.poll();
            for (NodeId v : adj.get(u)) {
                if (!dist.containsKey(v)) {
                    dist.put(v, dist.get(u) + 1);
                    queue.add(v);
                }
            }
        }
        return dist;
    }

    /** Every loopless path from {@code from} to {@code to} as link lists (exhaustive depth-first search). */
    static List<List<Link>> allSimplePaths(Topology topology, NodeId from, NodeId to) {
        List<List<Link>> out = new ArrayList<>();
        Set<NodeId> visited = new LinkedHashSet<>(List.of(from));
        extend(topology, from, to, visited, new ArrayList<>(), out);
        return out;
    }

    private static void extend(Topology topology, NodeId at, NodeId to, Set<NodeId> visited, List<Link> prefix,
                               List<List<Link>> out) {
        if (at.equals(to)) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (Link l : topology.linksAt(at)) {
            NodeId next = l.opposite(at);
            if (visited.add(next)) {
                prefix.add(l);
                extend(topology, next, to, visited, prefix, out);
                prefix.remove(prefix.size() - 1);
                visited.remove(next);
            }
        }
    }
}
