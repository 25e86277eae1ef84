package org.nettwin.model.routing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;

/**
 * Static shortest-path routing of one {@link Topology} snapshot on the link metric, as the scenario format defines
 * it: destination-based tables where each node forwards to its lowest file-order neighbour on a shortest path
 * (lowest link among parallel ones), so a path is what hop-by-hop forwarding does. Tables are computed once per
 * destination on first use (one Dijkstra each) and cached; an instance is immutable and safe to share between
 * threads. For a failure what-if, route {@code topology.withoutLink(id)} with a new instance.
 */
public final class Routing {

    private final RoutingGraph graph;
    private final AtomicReferenceArray<ForwardingTable> tables;

    private Routing(RoutingGraph graph) {
        this.graph = graph;
        this.tables = new AtomicReferenceArray<>(graph.nodeCount());
    }

    public static Routing of(Topology topology) {
        return new Routing(RoutingGraph.of(topology));
    }

    public static Routing of(RoutingGraph graph) {
        return new Routing(requireNonNull(graph, "graph"));
    }

    public RoutingGraph graph() {
        return graph;
    }

    public Topology topology() {
        return graph.topology();
    }

    /** Every node's table towards the node with index {@code destination} (computed once, then shared). */
    public ForwardingTable table(int destination) {
        ForwardingTable table = tables.get(destination);
        if (table == null) {
            // Two threads may both compute it; the result is deterministic, so the first stored one is kept.
            tables.compareAndSet(destination, null, ForwardingTable.compute(graph, destination, new DijkstraSearch(graph)));
            table = tables.get(destination);
        }
        return table;
    }

    /** Every node's table towards {@code destination}; empty when it is not in this snapshot. */
    public Optional<ForwardingTable> tableTo(NodeId destination) {
        OptionalInt d = graph.indexOf(destination);
        return d.isPresent() ? Optional.of(table(d.getAsInt())) : Optional.empty();
    }

    /** The shortest metric distance; empty when there is no path or a node is not in this snapshot. */
    public OptionalLong distance(NodeId from, NodeId to) {
        OptionalInt u = graph.indexOf(from);
        OptionalInt d = graph.indexOf(to);
        if (u.isEmpty() || d.isEmpty()) {
            return OptionalLong.empty();
        }
        ForwardingTable table = table(d.getAsInt());
        int at = u.getAsInt();
        return table.reaches(at) ? OptionalLong.of(table.distance(at)) : OptionalLong.empty();
    }

    /**
     * The path traffic from {@code from} to {@code to} takes (next hops followed from the source); empty when there
     * is no path or a node is not in this snapshot. From a node to itself it is the one-node path.
     */
    public Optional<Path> path(NodeId from, NodeId to) {
        OptionalInt u = graph.indexOf(from);
        OptionalInt d = graph.indexOf(to);
        if (u.isEmpty() || d.isEmpty() || !table(d.getAsInt()).reaches(u.getAsInt())) {
            return Optional.empty();
        }
        ForwardingTable table = table(d.getAsInt());
        List<Link> links = new ArrayList<>();
        for (int at = u.getAsInt(); at != table.destination(); at = table.nextHop(at)) {
            links.add(graph.link(graph.linkOf(table.nextArc(at))));
        }
        return Optional.of(Path.of(from, links));
    }

    /** The link {@code at} forwards traffic for {@code destination} on; empty at the destination or with no path. */
    public Optional<Link> nextLink(NodeId at, NodeId destination) {
        OptionalInt arc = nextArc(at, destination);
        return arc.isPresent() ? Optional.of(graph.link(graph.linkOf(arc.getAsInt()))) : Optional.empty();
    }

    /** The neighbour {@code at} forwards traffic for {@code destination} to; empty at the destination or with no path. */
    public Optional<NodeId> nextHop(NodeId at, NodeId destination) {
        OptionalInt arc = nextArc(at, destination);
        return arc.isPresent() ? Optional.of(graph.nodeId(graph.head(arc.getAsInt()))) : Optional.empty();
    }

    private OptionalInt nextArc(NodeId at, NodeId destination) {
        OptionalInt u = graph.indexOf(at);
        OptionalInt d = graph.indexOf(destination);
        if (u.isEmpty() || d.isEmpty()) {
            return OptionalInt.empty();
        }
        int arc = table(d.getAsInt()).nextArc(u.getAsInt());
        return arc == ForwardingTable.NONE ? OptionalInt.empty() : OptionalInt.of(arc);
    }

    /** All shortest paths from {@code from} to {@code to} with their equal-split fractions; empty with no path. */
    public Optional<EcmpSet> ecmp(NodeId from, NodeId to) {
        OptionalInt u = graph.indexOf(from);
        OptionalInt d = graph.indexOf(to);
        if (u.isEmpty() || d.isEmpty() || !table(d.getAsInt()).reaches(u.getAsInt())) {
            return Optional.empty();
        }
        ForwardingTable table = table(d.getAsInt());
        double[] inject = new double[graph.nodeCount()];
        double[] arcShare = new double[graph.arcCount()];
        inject[u.getAsInt()] = 1;
        table.carry(graph, inject, arcShare, RoutingMode.ECMP);
        List<EcmpSet.Share> shares = new ArrayList<>();
        for (int k = table.reachedCount() - 1; k > 0; k--) {
            int node = table.reached(k);
            for (int i = graph.outBegin(node), end = graph.outEnd(node); i < end; i++) {
                int arc = graph.outArc(i);
                if (arcShare[arc] > 0) {
                    shares.add(new EcmpSet.Share(graph.linkId(arc), graph.nodeId(node), graph.nodeId(graph.head(arc)),
                            arcShare[arc]));
                }
            }
        }
        return Optional.of(new EcmpSet(from, to, table.distance(u.getAsInt()), shares));
    }

    /**
     * Up to {@code k} loopless paths from {@code from} to {@code to} in increasing metric (Yen's algorithm); paths
     * of equal metric come in lexicographic order of their node indexes, then of their link indexes, so the first
     * is {@link #path}. Empty when there is no path or a node is not in this snapshot.
     *
     * @throws IllegalArgumentException if {@code k < 0}
     */
    public List<Path> kShortest(NodeId from, NodeId to, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, got " + k);
        }
        OptionalInt u = graph.indexOf(from);
        OptionalInt d = graph.indexOf(to);
        if (k == 0 || u.isEmpty() || d.isEmpty() || !table(d.getAsInt()).reaches(u.getAsInt())) {
            return List.of();
        }
        if (u.getAsInt() == d.getAsInt()) {
            return List.of(Path.trivial(from));
        }
        return new KShortestPaths(graph, u.getAsInt(), d.getAsInt()).find(k, table(d.getAsInt()));
    }
}
