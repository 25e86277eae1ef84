package org.nettwin.model.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.nettwin.model.topology.Link;

/**
 * Yen's k shortest loopless paths between two nodes of a {@link RoutingGraph}, on primitive arc sequences. Paths
 * are totally ordered by (metric, node indexes lexicographically, link indexes lexicographically); every spur path
 * is the least shortest path in that order (next hops chosen as in {@link ForwardingTable}), which makes Yen's
 * output the first k paths of that order. One instance per query; not thread-safe.
 */
final class KShortestPaths {

    private final RoutingGraph graph;
    private final int source;
    private final int target;
    private final DijkstraSearch search;
    private final long[] dist;
    private final int[] order;
    private final boolean[] removedNode;
    private final boolean[] removedArc;

    KShortestPaths(RoutingGraph graph, int source, int target) {
        this.graph = graph;
        this.source = source;
        this.target = target;
        this.search = new DijkstraSearch(graph);
        this.dist = new long[graph.nodeCount()];
        this.order = new int[graph.nodeCount()];
        this.removedNode = new boolean[graph.nodeCount()];
        this.removedArc = new boolean[graph.arcCount()];
    }

    /** A loopless path as its arcs, with its total metric. */
    private record Candidate(int[] arcs, long metric) {
    }

    /** The first {@code k} (>= 1) paths; {@code table} is the unrestricted table towards the target. */
    List<Path> find(int k, ForwardingTable table) {
        List<Candidate> found = new ArrayList<>();
        found.add(first(table));
        TreeSet<Candidate> pending = new TreeSet<>(this::compare);
        while (found.size() < k) {
            addDeviations(found, pending);
            if (pending.isEmpty()) {
                break;
            }
            found.add(pending.pollFirst());
        }
        List<Path> paths = new ArrayList<>(found.size());
        for (Candidate c : found) {
            paths.add(toPath(c));
        }
        return paths;
    }

    private Candidate first(ForwardingTable table) {
        int[] arcs = new int[0];
        int at = source;
        while (at != target) {
            arcs = Arrays.copyOf(arcs, arcs.length + 1);
            arcs[arcs.length - 1] = table.nextArc(at);
            at = table.nextHop(at);
        }
        return new Candidate(arcs, table.distance(source));
    }

    /** Adds to {@code pending} the best deviation of the last found path at each of its nodes. */
    private void addDeviations(List<Candidate> found, TreeSet<Candidate> pending) {
        int[] last = found.get(found.size() - 1).arcs;
        long rootMetric = 0;
        for (int i = 0; i < last.length; i++) {
            int spur = i == 0 ? source : graph.head(last[i - 1]);
            for (Candidate c : found) {
                if (c.arcs.length > i && sharesRoot(c.arcs, last, i)) {
                    removedArc[c.arcs[i]] = true;
                }
            }
            search.run(target, dist, order, removedNode, removedArc);
            if (dist[spur] != DijkstraSearch.UNREACHABLE) {
                pending.add(join(last, i, spur, rootMetric));
            }
            for (Candidate c : found) {
                if (c.arcs.length > i) {
                    removedArc[c.arcs[i]] = false;
                }
            }
            removedNode[spur] = true;
            rootMetric += graph.metric(last[i]);
        }
        Arrays.fill(removedNode, false);
    }

    private static boolean sharesRoot(int[] a, int[] b, int length) {
        return Arrays.equals(a, 0, length, b, 0, length);
    }

    /** The first {@code rootLength} arcs of {@code path}, then the least shortest spur path from {@code spur}. */
    private Candidate join(int[] path, int rootLength, int spur, long rootMetric) {
        List<Integer> spurArcs = new ArrayList<>();
        for (int at = spur; at != target; ) {
            int arc = firstAllowedTightArc(at);
            spurArcs.add(arc);
            at = graph.head(arc);
        }
        int[] arcs = Arrays.copyOf(path, rootLength + spurArcs.size());
        for (int j = 0; j < spurArcs.size(); j++) {
            arcs[rootLength + j] = spurArcs.get(j);
        }
        return new Candidate(arcs, rootMetric + dist[spur]);
    }

    private int firstAllowedTightArc(int u) {
        long du = dist[u];
        for (int i = graph.outBegin(u), end = graph.outEnd(u); i < end; i++) {
            int arc = graph.outArc(i);
            long dv = dist[graph.head(arc)];
            if (!removedArc[arc] && dv != DijkstraSearch.UNREACHABLE && dv + graph.metric(arc) == du) {
                return arc;
            }
        }
        throw new IllegalStateException("node " + u + " has a distance but no allowed arc on a shortest path");
    }

    /** (metric, node indexes, link indexes); equal only for the same arc sequence. */
    private int compare(Candidate x, Candidate y) {
        int byMetric = Long.compare(x.metric, y.metric);
        if (byMetric != 0) {
            return byMetric;
        }
        int common = Math.min(x.arcs.length, y.arcs.length);
        for (int i = 0; i < common; i++) {
            int byNode = Integer.compare(graph.head(x.arcs[i]), graph.head(y.arcs[i]));
            if (byNode != 0) {
                return byNode;
            }
        }
        if (x.arcs.length != y.arcs.length) {
            return Integer.compare(x.arcs.length, y.arcs.length);
        }
        for (int i = 0; i < common; i++) {
            int byLink = Integer.compare(graph.linkOf(x.arcs[i]), graph.linkOf(y.arcs[i]));
            if (byLink != 0) {
                return byLink;
            }
        }
        return 0;
    }

    private Path toPath(Candidate c) {
        List<Link> links = new ArrayList<>(c.arcs.length);
        for (int arc : c.arcs) {
            links.add(graph.link(graph.linkOf(arc)));
        }
        return Path.of(graph.nodeId(source), links);
    }
}
