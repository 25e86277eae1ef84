package org.nettwin.twin.live;

import java.util.HashMap;
import java.util.Map;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.twin.state.ElementStatus;

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

    private static NodeId root(Map<NodeId, NodeId> parent, NodeId n) {
        NodeId r = n;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        parent.put(n, r);
        return r;
    }
}
