package org.nettwin.twin.live;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nettwin.model.network.Network;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;

/**
 * The configured network indexed once: nodes and links by position, and link directions numbered
 * {@code 2 * link + side} where side 0 is the direction leaving end {@code a} and side 1 the one leaving {@code b}.
 */
final class NetworkIndex {

    final Network network;
    final Topology topology;
    final List<Node> nodes;
    final List<Link> links;
    private final Map<String, Integer> nodeIndex = new HashMap<>();
    private final Map<String, Integer> linkIndex = new HashMap<>();
    private final int[][] linksAt;

    NetworkIndex(Network network) {
        this.network = network;
        this.topology = network.topology();
        this.nodes = List.copyOf(topology.nodes());
        this.links = List.copyOf(topology.links());
        for (int n = 0; n < nodes.size(); n++) {
            nodeIndex.put(nodes.get(n).id().value(), n);
        }
        for (int l = 0; l < links.size(); l++) {
            linkIndex.put(links.get(l).id().value(), l);
        }
        List<List<Integer>> at = new ArrayList<>();
        nodes.forEach(n -> at.add(new ArrayList<>()));
        for (int l = 0; l < links.size(); l++) {
            at.get(nodeIndex.get(links.get(l).a().value())).add(l);
            at.get(nodeIndex.get(links.get(l).b().value())).add(l);
        }
        linksAt = new int[nodes.size()][];
        for (int n = 0; n < nodes.size(); n++) {
            linksAt[n] = at.get(n).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    int nodeCount() {
        return nodes.size();
    }

    int linkCount() {
        return links.size();
    }

    int directions() {
        return 2 * links.size();
    }

    /** The node a device id belongs to: the node itself, or for a cell {@code gnb/cell} its gNB. */
    int nodeOfDevice(String device) {
        Integer n = nodeIndex.get(device);
        if (n == null) {
            int slash = device.indexOf('/');
            n = slash > 0 ? nodeIndex.get(device.substring(0, slash)) : null;
        }
        return n == null ? -1 : n;
    }

    Optional<Integer> node(String id) {
        return Optional.ofNullable(nodeIndex.get(id));
    }

    Optional<Integer> link(String id) {
        return Optional.ofNullable(linkIndex.get(id));
    }

    int side(int link, int node) {
        Link l = links.get(link);
        String id = nodes.get(node).id().value();
        if (l.a().value().equals(id)) {
            return 0;
        }
        return l.b().value().equals(id) ? 1 : -1;
    }

    int endNode(int link, int side) {
        Link l = links.get(link);
        return nodeIndex.get((side == 0 ? l.a() : l.b()).value());
    }

    NodeId from(int direction) {
        Link l = links.get(direction / 2);
        return direction % 2 == 0 ? l.a() : l.b();
    }

    NodeId to(int direction) {
        Link l = links.get(direction / 2);
        return direction % 2 == 0 ? l.b() : l.a();
    }

    double capacityBps(int direction) {
        return links.get(direction / 2).capacity().bitsPerSecond();
    }

    int[] linksAt(int node) {
        return linksAt[node];
    }

    /**
     * The link of interface {@code ethK} by the emulator's naming convention (one interface per link end, numbered in
     * link file order); used for devices that publish no interface description (Prometheus servers).
     */
    Optional<Integer> conventionalLink(int node, String ifname) {
        if (!ifname.startsWith("eth")) {
            return Optional.empty();
        }
        try {
            int k = Integer.parseInt(ifname.substring(3));
            return k >= 0 && k < linksAt[node].length ? Optional.of(linksAt[node][k]) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
