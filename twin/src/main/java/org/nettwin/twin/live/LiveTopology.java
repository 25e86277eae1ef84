package org.nettwin.twin.live;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.nettwin.model.network.Network;
import org.nettwin.model.scenario.FailedElements;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.twin.state.ElementStatus;
import org.nettwin.twin.whatif.Baseline;

/**
 * The topology the twin believes now: the configured one without the links and nodes it believes DOWN, and without
 * the nodes cut off from the largest connected part (no traffic can reach them, and the estimator needs a path for
 * every pair).
 */
final class LiveTopology {

    private LiveTopology() {
    }

    static Topology of(NetworkIndex index, ElementStatus[] links, ElementStatus[] nodes) {
        Topology t = index.topology;
        for (int l = 0; l < links.length; l++) {
            if (links[l] == ElementStatus.DOWN) {
                t = t.withoutLink(index.links.get(l).id());
            }
        }
        for (int n = 0; n < nodes.length; n++) {
            if (nodes[n] == ElementStatus.DOWN) {
                t = t.withoutNode(index.nodes.get(n).id());
            }
        }
        return largestPart(t);
    }

    /** {@code t} without the nodes outside its largest connected component. */
    static Topology largestPart(Topology t) {
        Map<NodeId, NodeId> parent = new HashMap<>();
        t.nodes().forEach(n -> parent.put(n.id(), n.id()));
        for (Link l : t.links()) {
            parent.put(root(parent, l.a()), root(parent, l.b()));
        }
        Map<NodeId, Integer> size = new HashMap<>();
        t.nodes().forEach(n -> size.merge(root(parent, n.id()), 1, Integer::sum));
        NodeId biggest = null;
        for (Map.Entry<NodeId, Integer> e : size.entrySet()) {
            if (biggest == null || e.getValue() > size.get(biggest)
                    || e.getValue().equals(size.get(biggest)) && t.order(e.getKey()) < t.order(biggest)) {
                biggest = e.getKey();
            }
        }
        Topology out = t;
        for (Node n : t.nodes()) {
            if (!root(parent, n.id()).equals(biggest)) {
                out = out.withoutNode(n.id());
            }
        }
        return out;
    }

    /**
     * A what-if baseline at {@code at}: {@code live} (what the twin believes up) with {@code matrix}, the network's
     * slices, and as {@code down} every element of the configured network that {@code live} lacks — so a what-if may
     * fail it again (recognised, not refused as unknown).
     */
    static Baseline baseline(Instant at, Network network, Topology live, TrafficMatrix matrix) {
        Set<LinkId> links = new HashSet<>();
        for (Link l : network.topology().links()) {
            if (live.link(l.id()).isEmpty()) {
                links.add(l.id());
            }
        }
        Set<NodeId> nodes = new HashSet<>();
        for (Node n : network.topology().nodes()) {
            if (live.node(n.id()).isEmpty()) {
                nodes.add(n.id());
            }
        }
        return new Baseline(at, live, matrix, network.slices(), new FailedElements(links, nodes));
    }

    private static NodeId root(Map<NodeId, NodeId> parent, NodeId n) {
        NodeId r = n;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        parent.put(n, r);
        return r;
    }
}
