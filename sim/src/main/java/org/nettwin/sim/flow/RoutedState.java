package org.nettwin.sim.flow;

import java.util.BitSet;
import java.util.OptionalInt;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.nettwin.model.routing.ForwardingTable;
import org.nettwin.model.routing.Routing;
import org.nettwin.model.routing.RoutingGraph;
import org.nettwin.model.topology.Topology;

/**
 * One state of the network (some elements down) with its shortest-path routing, and each flow's path in it as arcs
 * of the full network ({@link NetworkStates}); a flow with no path (or an end that is down) has the empty path.
 * Paths are found on first use; the destinations' tables can be computed in parallel first.
 */
final class RoutedState {

    /** The path of a flow that cannot be routed in this state. */
    static final int[] NO_ROUTE = new int[0];

    /** Fewer destinations than this are routed on the calling thread. */
    private static final int PARALLEL_THRESHOLD = 32;

    private final Routing routing;
    private final int[] baseLink;
    private final int[][] paths;
    private final FlowSet flows;
    private final int threads;

    RoutedState(Topology view, NetworkStates network, FlowSet flows, int threads) {
        this.routing = Routing.of(view);
        this.flows = flows;
        this.threads = threads;
        RoutingGraph graph = routing.graph();
        baseLink = new int[graph.linkCount()];
        for (int l = 0; l < baseLink.length; l++) {
            baseLink[l] = network.linkIndex(graph.link(l).id());
        }
        paths = new int[flows.size()][];
    }

    /** Computes the forwarding tables towards the destinations of {@code active} flows, on several threads. */
    void prepare(int[] active, int count) {
        RoutingGraph graph = routing.graph();
        BitSet needed = new BitSet(graph.nodeCount());
        for (int k = 0; k < count; k++) {
            int i = active[k];
            if (paths[i] == null) {
                graph.indexOf(flows.flows.get(i).destination()).ifPresent(needed::set);
            }
        }
        int[] destinations = needed.stream().toArray();
        if (threads < 2 || destinations.length < PARALLEL_THRESHOLD) {
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.of(destinations).parallel().forEach(routing::table)).join();
        } finally {
            pool.shutdown();
        }
    }

    /** The arcs flow {@code i} crosses in this state, in order; {@link #NO_ROUTE} when it has none. */
    int[] path(int i) {
        int[] p = paths[i];
        if (p == null) {
            p = find(i);
            paths[i] = p;
        }
        return p;
    }

    private int[] find(int i) {
        RoutingGraph graph = routing.graph();
        OptionalInt u = graph.indexOf(flows.flows.get(i).source());
        OptionalInt d = graph.indexOf(flows.flows.get(i).destination());
        if (u.isEmpty() || d.isEmpty()) {
            return NO_ROUTE;
        }
        ForwardingTable table = routing.table(d.getAsInt());
        int at = u.getAsInt();
        if (!table.reaches(at) || at == table.destination()) {
            return NO_ROUTE;
        }
        int[] out = new int[8];
        int hops = 0;
        for (; at != table.destination(); at = table.nextHop(at)) {
            int arc = table.nextArc(at);
            if (hops == out.length) {
                out = java.util.Arrays.copyOf(out, 2 * hops);
            }
            out[hops++] = 2 * baseLink[graph.linkOf(arc)] + (arc & 1);
        }
        return java.util.Arrays.copyOf(out, hops);
    }
}
