package org.nettwin.sim.flow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;

/**
 * The scenario's network in the estimator's index space, and its routed states. Arc {@code 2l} is link {@code l}
 * (file order of the full network) from end a to end b, arc {@code 2l + 1} from b to a, whatever is down; each arc
 * has its capacity, propagation delay and waiting room. A state (the set of failed links and nodes) is routed once
 * and kept, so a link that fails and comes back reuses the intact network's tables.
 */
final class NetworkStates {

    final Topology base;
    final double[] capacityBps;
    final double[] propagationS;
    final int[] queuePackets;
    /** Input groups of arc a (one per arc entering a's tail) are slots slotStart[a] .. slotStart[a + 1] - 1. */
    final int[] slotStart;
    /** The slot, among the input groups of any arc leaving head(u), of the traffic arriving over arc u. */
    final int[] inSlot;
    /** The upstream arc whose traffic a slot holds. */
    final int[] slotArc;
    private final Map<LinkId, Integer> linkIndex;
    private final Map<Key, RoutedState> routed = new HashMap<>();
    private final FlowSet flows;
    private final int threads;

    NetworkStates(Topology base, FlowSet flows, int threads) {
        this.base = base;
        this.flows = flows;
        this.threads = threads;
        List<Link> links = base.links();
        int arcs = 2 * links.size();
        capacityBps = new double[arcs];
        propagationS = new double[arcs];
        queuePackets = new int[arcs];
        linkIndex = new HashMap<>(2 * links.size());
        for (int l = 0; l < links.size(); l++) {
            Link link = links.get(l);
            linkIndex.put(link.id(), l);
            for (int arc = 2 * l; arc <= 2 * l + 1; arc++) {
                capacityBps[arc] = link.capacity().bitsPerSecond();
                propagationS[arc] = FlowSet.seconds(link.delay());
                queuePackets[arc] = link.queuePackets();
            }
        }
        inSlot = new int[arcs];
        slotStart = new int[arcs + 1];
        slotArc = inputSlots();
    }

    /** Numbers the arcs entering each node and lays out every arc's input slots (one per arc entering its tail). */
    private int[] inputSlots() {
        Map<NodeId, List<Integer>> entering = new HashMap<>();
        for (int arc = 0; arc < capacityBps.length; arc++) {
            List<Integer> in = entering.computeIfAbsent(to(arc), k -> new java.util.ArrayList<>());
            inSlot[arc] = in.size();
            in.add(arc);
        }
        for (int arc = 0; arc < capacityBps.length; arc++) {
            slotStart[arc + 1] = slotStart[arc] + entering.getOrDefault(from(arc), List.of()).size();
        }
        int[] arcOfSlot = new int[slotStart[capacityBps.length]];
        for (int arc = 0; arc < capacityBps.length; arc++) {
            List<Integer> in = entering.getOrDefault(from(arc), List.of());
            for (int k = 0; k < in.size(); k++) {
                arcOfSlot[slotStart[arc] + k] = in.get(k);
            }
        }
        return arcOfSlot;
    }

    /** The input slot of arc {@code arc} that holds traffic arriving over arc {@code upstream}. */
    int slot(int arc, int upstream) {
        return slotStart[arc] + inSlot[upstream];
    }

    int arcCount() {
        return capacityBps.length;
    }

    /** The index of a link of the full network. */
    int linkIndex(LinkId id) {
        return linkIndex.get(id);
    }

    Link link(int arc) {
        return base.links().get(arc >> 1);
    }

    /** The node an arc leaves. */
    NodeId from(int arc) {
        Link l = link(arc);
        return (arc & 1) == 0 ? l.a() : l.b();
    }

    /** The node an arc enters. */
    NodeId to(int arc) {
        Link l = link(arc);
        return (arc & 1) == 0 ? l.b() : l.a();
    }

    /** The network with these elements down, routed (computed on first use, then shared). */
    RoutedState state(Set<LinkId> downLinks, Set<NodeId> downNodes) {
        Key key = new Key(Set.copyOf(downLinks), Set.copyOf(downNodes));
        return routed.computeIfAbsent(key, k -> new RoutedState(view(k), this, flows, threads));
    }

    private Topology view(Key key) {
        Topology t = base;
        for (NodeId n : key.downNodes) {
            t = t.withoutNode(n);
        }
        for (LinkId l : key.downLinks) {
            if (t.link(l).isPresent()) {
                t = t.withoutLink(l);
            }
        }
        return t;
    }

    /** Which elements are down. */
    private record Key(Set<LinkId> downLinks, Set<NodeId> downNodes) {
    }
}
