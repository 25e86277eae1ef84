package org.nettwin.model.routing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;

/**
 * A walk through the network: {@code nodes} from source to destination and the {@code links} between consecutive
 * nodes ({@code links.size() == nodes.size() - 1}), with {@code metric} the sum of the link metrics. A path from a
 * node to itself has one node, no links and metric 0.
 */
public record Path(List<NodeId> nodes, List<Link> links, long metric) {

    public Path {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a path has at least one node");
        }
        if (links.size() != nodes.size() - 1) {
            throw new IllegalArgumentException("a path of " + nodes.size() + " nodes has " + (nodes.size() - 1)
                    + " links, not " + links.size());
        }
        long sum = 0;
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            if (!link.touches(nodes.get(i)) || !link.opposite(nodes.get(i)).equals(nodes.get(i + 1))) {
                throw new IllegalArgumentException("link " + link.id() + " does not join " + nodes.get(i) + " to "
                        + nodes.get(i + 1));
            }
            sum += link.metric();
        }
        if (sum != metric) {
            throw new IllegalArgumentException("path metric " + metric + " is not the sum of its link metrics " + sum);
        }
    }

    /** The path that starts at {@code source} and follows {@code links} in order. */
    public static Path of(NodeId source, List<Link> links) {
        requireNonNull(source, "source");
        List<NodeId> nodes = new ArrayList<>(links.size() + 1);
        nodes.add(source);
        long metric = 0;
        NodeId at = source;
        for (Link link : links) {
            at = link.opposite(at);
            nodes.add(at);
            metric += link.metric();
        }
        return new Path(nodes, links, metric);
    }

    /** The path from a node to itself. */
    public static Path trivial(NodeId node) {
        return new Path(List.of(node), List.of(), 0);
    }

    /** The number of links crossed. */
    public int hops() {
        return links.size();
    }

    public NodeId source() {
        return nodes.get(0);
    }

    public NodeId destination() {
        return nodes.get(nodes.size() - 1);
    }

    /** The ids of the links crossed, in order. */
    public List<LinkId> linkIds() {
        List<LinkId> ids = new ArrayList<>(links.size());
        for (Link link : links) {
            ids.add(link.id());
        }
        return ids;
    }

    /** Whether the path crosses link {@code id} (in either direction). */
    public boolean uses(LinkId id) {
        for (Link link : links) {
            if (link.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** Whether no node appears twice. */
    public boolean isLoopless() {
        return new HashSet<>(nodes).size() == nodes.size();
    }
}
