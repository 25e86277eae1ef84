package org.nettwin.emulator.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;

/**
 * The fixed index of the emulated topology, built once: node index = file order, link index = file order, and
 * interface/arc {@code 2l} is link {@code l}'s end at {@code a} sending to {@code b} ({@code 2l + 1} the reverse).
 * An interface's egress is its arc; its ingress is the reverse arc. Interface names are {@code eth0, eth1, ...} per
 * node in link file order.
 */
final class Fabric {

    final Topology topology;
    final Node[] nodes;
    final Link[] links;
    final int[] tail;
    final int[] head;
    final double[] capacityBps;
    final String[] interfaceName;
    final int[][] interfacesOf;
    private final Map<NodeId, Integer> nodeIndex = new HashMap<>();
    private final Map<LinkId, Integer> linkIndex = new HashMap<>();

    Fabric(Topology topology) {
        this.topology = topology;
        List<Node> nodeList = topology.nodes();
        nodes = nodeList.toArray(new Node[0]);
        links = topology.links().toArray(new Link[0]);
        for (int i = 0; i < nodes.length; i++) {
            nodeIndex.put(nodes[i].id(), i);
        }
        int arcs = 2 * links.length;
        tail = new int[arcs];
        head = new int[arcs];
        capacityBps = new double[arcs];
        interfaceName = new String[arcs];
        int[] degree = new int[nodes.length];
        for (int l = 0; l < links.length; l++) {
            linkIndex.put(links[l].id(), l);
            int a = nodeIndex.get(links[l].a());
            int b = nodeIndex.get(links[l].b());
            tail[2 * l] = a;
            head[2 * l] = b;
            tail[2 * l + 1] = b;
            head[2 * l + 1] = a;
            capacityBps[2 * l] = links[l].capacity().bitsPerSecond();
            capacityBps[2 * l + 1] = capacityBps[2 * l];
            interfaceName[2 * l] = "eth" + degree[a]++;
            interfaceName[2 * l + 1] = "eth" + degree[b]++;
        }
        interfacesOf = new int[nodes.length][];
        for (int n = 0; n < nodes.length; n++) {
            interfacesOf[n] = new int[degree[n]];
            degree[n] = 0;
        }
        for (int arc = 0; arc < arcs; arc++) {
            interfacesOf[tail[arc]][degree[tail[arc]]++] = arc;
        }
    }

    int nodeCount() {
        return nodes.length;
    }

    int linkCount() {
        return links.length;
    }

    int arcCount() {
        return tail.length;
    }

    /** The node's index, -1 when unknown. */
    int node(NodeId id) {
        return nodeIndex.getOrDefault(id, -1);
    }

    /** The link's index, -1 when unknown. */
    int link(LinkId id) {
        return linkIndex.getOrDefault(id, -1);
    }

    /** The interface of {@code node} named {@code name}, -1 when it has none. */
    int interfaceOf(int node, String name) {
        for (int arc : interfacesOf[node]) {
            if (interfaceName[arc].equals(name)) {
                return arc;
            }
        }
        return -1;
    }
}
