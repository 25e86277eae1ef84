package org.nettwin.sim.packet;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.nettwin.model.routing.ForwardingTable;
import org.nettwin.model.routing.Routing;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Topology;

/**
 * The routes of one state of the network (which links are usable) in the simulator's own arc numbering: arc
 * {@code 2l} goes from end a to end b of link {@code l} (file order), {@code 2l + 1} back. The per-destination
 * next-arc rows are compiled from the model's {@link Routing} on first use and then shared, read-only, by every
 * replication (thread-safe).
 */
final class RouteState {

    private final boolean[] usable;
    private final Routing routing;
    private final int[] fullLinkIndex;
    private final AtomicReferenceArray<int[]> rows;

    RouteState(Topology full, boolean[] usable) {
        this.usable = usable.clone();
        List<Link> all = full.links();
        List<Link> up = new ArrayList<>();
        int[] index = new int[all.size()];
        for (int l = 0; l < all.size(); l++) {
            if (usable[l]) {
                index[up.size()] = l;
                up.add(all.get(l));
            }
        }
        this.fullLinkIndex = java.util.Arrays.copyOf(index, up.size());
        // Every node stays (a down node just has no usable link), so node indexes are the same in every state.
        this.routing = Routing.of(Topology.of(full.name(), full.nodes(), up));
        this.rows = new AtomicReferenceArray<>(full.nodes().size());
    }

    /** Whether link {@code l} (file order) is usable in this state. */
    boolean isUsable(int link) {
        return usable[link];
    }

    boolean sameLinksAs(boolean[] other) {
        return java.util.Arrays.equals(usable, other);
    }

    /** For every node, the arc it forwards on towards {@code destination}, or -1 (no route, or the destination). */
    int[] row(int destination) {
        int[] row = rows.get(destination);
        if (row == null) {
            rows.compareAndSet(destination, null, compile(destination));
            row = rows.get(destination);
        }
        return row;
    }

    private int[] compile(int destination) {
        ForwardingTable table = routing.table(destination);
        int n = routing.graph().nodeCount();
        int[] row = new int[n];
        for (int u = 0; u < n; u++) {
            int arc = table.nextArc(u);
            row[u] = arc == ForwardingTable.NONE ? -1 : 2 * fullLinkIndex[arc >> 1] + (arc & 1);
        }
        return row;
    }
}
