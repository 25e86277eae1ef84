package org.nettwin.twin.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nettwin.model.topology.Link;
import org.nettwin.twin.state.ElementStatus;

/**
 * Every interface the twin has heard of, per node, and what its observations said: the interface→link mapping from
 * {@code link=<linkId> peer=<node>} descriptions, oper-status and admin state. Descriptions that are new or changed
 * are queued for the store's configuration history; oper-status changes bump {@link #changes()}.
 */
final class Interfaces {

    private static final Pattern DESCRIPTION = Pattern.compile("^\\s*link=(\\S+)\\s+peer=(\\S+)\\s*$");

    private final NetworkIndex index;
    private final List<Map<String, Port>> byNode = new ArrayList<>();
    private final ConcurrentLinkedQueue<String[]> configQueue = new ConcurrentLinkedQueue<>();
    private final AtomicLong changes = new AtomicLong();

    Interfaces(NetworkIndex index) {
        this.index = index;
        for (int n = 0; n < index.nodeCount(); n++) {
            byNode.add(new ConcurrentHashMap<>());
        }
    }

    /** The interface {@code name} of {@code node}, created on first use and mapped by convention until described. */
    Port port(int node, String device, String name) {
        return byNode.get(node).computeIfAbsent(name, k -> {
            Port p = new Port(node, device, k);
            index.conventionalLink(node, k).ifPresent(l -> map(p, l));
            return p;
        });
    }

    /** Every known interface of {@code node}. */
    List<Port> ports(int node) {
        return List.copyOf(byNode.get(node).values());
    }

    /** How many oper-status or admin-state changes were observed so far. */
    long changes() {
        return changes.get();
    }

    /**
     * Applies a description; returns false (and changes nothing) when it is not {@code link=L peer=P} for a link of
     * this node towards that peer.
     */
    boolean describe(Port p, String text) {
        Matcher m = DESCRIPTION.matcher(text);
        if (!m.matches()) {
            return false;
        }
        Optional<Integer> link = index.link(m.group(1));
        if (link.isEmpty() || index.side(link.get(), p.node) < 0) {
            return false;
        }
        Link l = index.links.get(link.get());
        String self = index.nodes.get(p.node).id().value();
        if (!l.opposite(index.nodes.get(p.node).id()).value().equals(m.group(2)) || m.group(2).equals(self)) {
            return false;
        }
        if (!p.described || p.link != link.get()) {
            map(p, link.get());
            p.described = true;
            configQueue.add(new String[] {p.device, "interface." + p.name + ".link", m.group(1)});
        }
        return true;
    }

    /** Applies an oper-status text; false when it is not one of the OpenConfig values. */
    boolean operStatus(Port p, String text) {
        ElementStatus s;
        switch (text) {
            case "UP":
                s = ElementStatus.UP;
                break;
            case "DOWN":
            case "LOWER_LAYER_DOWN":
            case "NOT_PRESENT":
                s = ElementStatus.DOWN;
                break;
            case "DORMANT":
            case "TESTING":
            case "UNKNOWN":
                s = ElementStatus.UNKNOWN;
                break;
            default:
                return false;
        }
        if (p.oper != s) {
            p.oper = s;
            changes.incrementAndGet();
        }
        return true;
    }

    void enabled(Port p, boolean on) {
        if (p.enabled != on) {
            p.enabled = on;
            changes.incrementAndGet();
        }
    }

    /** Takes the configuration records waiting for the store: {device, key, value}. */
    List<String[]> drainConfig() {
        List<String[]> out = new ArrayList<>();
        for (String[] c = configQueue.poll(); c != null; c = configQueue.poll()) {
            out.add(c);
        }
        return out;
    }

    private void map(Port p, int link) {
        p.side = index.side(link, p.node);
        p.link = link;
    }
}
