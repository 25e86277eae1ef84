package org.nettwin.model.topology;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable snapshot of the network: nodes and full-duplex links in file order, a name and a version number.
 * Every change ({@link #withoutLink}, {@link #withLink}, ...) yields a new snapshot with the next version. A change
 * does not copy the network: the new snapshot shares its elements with the old one and records only the
 * difference, so "this network without link X" costs O(1) to make even for thousands of links.
 */
public final class Topology {

    /** Past this many differences a change copies the elements once, so lookups stay O(1). */
    private static final int MAX_OVERLAY = 64;

    private final String name;
    private final long version;
    private final Elements base;
    private final Set<NodeId> hiddenNodes;
    private final Set<LinkId> hiddenLinks;
    private final Map<LinkId, Link> changedLinks;
    private final Map<NodeId, Node> changedNodes;
    private volatile List<Node> nodeView;
    private volatile List<Link> linkView;

    private Topology(String name, long version, Elements base, Overlay overlay) {
        this.name = requireNonNull(name, "name");
        this.version = version;
        this.base = base;
        this.hiddenNodes = Set.copyOf(overlay.hiddenNodes);
        this.hiddenLinks = Set.copyOf(overlay.hiddenLinks);
        this.changedLinks = Map.copyOf(overlay.changedLinks);
        this.changedNodes = Map.copyOf(overlay.changedNodes);
    }

    /**
     * A first version (1) of a network.
     *
     * @throws IllegalArgumentException on duplicate node or link ids, or a link whose end is not a node
     */
    public static Topology of(String name, Collection<Node> nodes, Collection<Link> links) {
        return of(name, 1, nodes, links);
    }

    /**
     * A network at a given version, e.g. as read back from a repository that kept the version number.
     *
     * @throws IllegalArgumentException on a version below 1, duplicate ids or dangling links
     */
    public static Topology of(String name, long version, Collection<Node> nodes, Collection<Link> links) {
        if (version < 1) {
            throw new IllegalArgumentException("topology versions count from 1, got " + version);
        }
        return new Topology(name, version, new Elements(List.copyOf(nodes), List.copyOf(links)), new Overlay());
    }

    public String name() {
        return name;
    }

    /** Version number: 1 for a network as read, +1 for every change. */
    public long version() {
        return version;
    }

    /** The nodes, in file order. */
    public List<Node> nodes() {
        List<Node> view = nodeView;
        if (view == null) {
            List<Node> out = new ArrayList<>(base.nodes.size());
            for (Node n : base.nodes) {
                if (!hiddenNodes.contains(n.id())) {
                    out.add(changedNodes.getOrDefault(n.id(), n));
                }
            }
            view = List.copyOf(out);
            nodeView = view;
        }
        return view;
    }

    /** The links, in file order; a link is left out when it or one of its ends was removed. */
    public List<Link> links() {
        List<Link> view = linkView;
        if (view == null) {
            List<Link> out = new ArrayList<>(base.links.size());
            for (Link l : base.links) {
                if (isVisible(l)) {
                    out.add(changedLinks.getOrDefault(l.id(), l));
                }
            }
            view = List.copyOf(out);
            linkView = view;
        }
        return view;
    }

    public Optional<Node> node(NodeId id) {
        if (hiddenNodes.contains(id)) {
            return Optional.empty();
        }
        Node changed = changedNodes.get(id);
        return changed != null ? Optional.of(changed) : Optional.ofNullable(base.nodeById.get(id));
    }

    public Optional<Link> link(LinkId id) {
        Link original = base.linkById.get(id);
        if (original == null || !isVisible(original)) {
            return Optional.empty();
        }
        return Optional.of(changedLinks.getOrDefault(id, original));
    }

    public boolean contains(NodeId id) {
        return node(id).isPresent();
    }

    /** The links attached to {@code node}, in file order (empty for an unknown node). */
    public List<Link> linksAt(NodeId node) {
        List<Link> out = new ArrayList<>();
        if (hiddenNodes.contains(node)) {
            return out;
        }
        for (Link l : base.incident.getOrDefault(node, List.of())) {
            if (isVisible(l)) {
                out.add(changedLinks.getOrDefault(l.id(), l));
            }
        }
        return out;
    }

    /**
     * The position of {@code node} in file order, stable across versions; used for deterministic tie-breaking.
     *
     * @throws IllegalArgumentException if the node was never part of this network
     */
    public int order(NodeId node) {
        Integer at = base.nodeOrder.get(node);
        if (at == null) {
            throw new IllegalArgumentException("unknown node " + node);
        }
        return at;
    }

    /** This network without one link (for a link-failure what-if). */
    public Topology withoutLink(LinkId id) {
        requirePresent(link(id).isPresent(), "link", id.value());
        Overlay next = overlay();
        next.hiddenLinks.add(id);
        return derive(next);
    }

    /** This network without one node and the links attached to it. */
    public Topology withoutNode(NodeId id) {
        requirePresent(contains(id), "node", id.value());
        Overlay next = overlay();
        next.hiddenNodes.add(id);
        next.changedNodes.remove(id);
        return derive(next);
    }

    /** This network with {@code link} added, or replacing the link with the same id. */
    public Topology withLink(Link link) {
        if (!contains(link.a()) || !contains(link.b())) {
            throw new IllegalArgumentException("link " + link.id() + " joins a node that is not in " + name);
        }
        Link original = base.linkById.get(link.id());
        if (original == null || !original.a().equals(link.a()) || !original.b().equals(link.b())) {
            List<Link> links = new ArrayList<>(links());
            links.removeIf(l -> l.id().equals(link.id()));
            links.add(link);
            return new Topology(name, version + 1, new Elements(nodes(), links), new Overlay());
        }
        Overlay next = overlay();
        next.hiddenLinks.remove(link.id());
        next.changedLinks.put(link.id(), link);
        return derive(next);
    }

    /** This network with {@code node} added, or replacing the node with the same id. */
    public Topology withNode(Node node) {
        if (!base.nodeById.containsKey(node.id())) {
            List<Node> nodes = new ArrayList<>(nodes());
            nodes.add(node);
            return new Topology(name, version + 1, new Elements(nodes, links()), new Overlay());
        }
        Overlay next = overlay();
        next.hiddenNodes.remove(node.id());
        next.changedNodes.put(node.id(), node);
        return derive(next);
    }

    /** The same network under another name (a new version). */
    public Topology withName(String newName) {
        return new Topology(newName, version + 1, base, overlay());
    }

    private boolean isVisible(Link l) {
        return !hiddenLinks.contains(l.id()) && !hiddenNodes.contains(l.a()) && !hiddenNodes.contains(l.b());
    }

    private Overlay overlay() {
        Overlay o = new Overlay();
        o.hiddenNodes.addAll(hiddenNodes);
        o.hiddenLinks.addAll(hiddenLinks);
        o.changedLinks.putAll(changedLinks);
        o.changedNodes.putAll(changedNodes);
        return o;
    }

    private Topology derive(Overlay next) {
        Topology derived = new Topology(name, version + 1, base, next);
        if (next.size() > MAX_OVERLAY) {
            return new Topology(name, version + 1, new Elements(derived.nodes(), derived.links()), new Overlay());
        }
        return derived;
    }

    private static void requirePresent(boolean present, String what, String id) {
        if (!present) {
            throw new IllegalArgumentException("no " + what + " " + id + " in this network");
        }
    }

    /** Equal when name, version, nodes and links are equal (however the snapshots were derived). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Topology t && name.equals(t.name) && version == t.version
                && nodes().equals(t.nodes()) && links().equals(t.links());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, version, nodes().size(), links().size());
    }

    @Override
    public String toString() {
        return "Topology[" + name + " v" + version + ", " + nodes().size() + " nodes, " + links().size() + " links]";
    }

    /** The elements of a base snapshot with their indexes; shared by every version derived from it. */
    private static final class Elements {
        final List<Node> nodes;
        final List<Link> links;
        final Map<NodeId, Node> nodeById = new HashMap<>();
        final Map<NodeId, Integer> nodeOrder = new HashMap<>();
        final Map<LinkId, Link> linkById = new HashMap<>();
        final Map<NodeId, List<Link>> incident = new HashMap<>();

        Elements(List<Node> nodes, List<Link> links) {
            this.nodes = List.copyOf(nodes);
            this.links = List.copyOf(links);
            for (Node n : this.nodes) {
                if (nodeById.put(n.id(), n) != null) {
                    throw new IllegalArgumentException("duplicate node id " + n.id());
                }
                nodeOrder.put(n.id(), nodeOrder.size());
            }
            for (Link l : this.links) {
                if (linkById.put(l.id(), l) != null) {
                    throw new IllegalArgumentException("duplicate link id " + l.id());
                }
                for (NodeId end : List.of(l.a(), l.b())) {
                    if (!nodeById.containsKey(end)) {
                        throw new IllegalArgumentException("link " + l.id() + " references unknown node " + end);
                    }
                    incident.computeIfAbsent(end, k -> new ArrayList<>()).add(l);
                }
            }
        }
    }

    /** The difference between a snapshot and its base, while it is being built. */
    private static final class Overlay {
        final Set<NodeId> hiddenNodes = new HashSet<>();
        final Set<LinkId> hiddenLinks = new HashSet<>();
        final Map<LinkId, Link> changedLinks = new HashMap<>();
        final Map<NodeId, Node> changedNodes = new HashMap<>();

        int size() {
            return hiddenNodes.size() + hiddenLinks.size() + changedLinks.size() + changedNodes.size();
        }
    }
}
