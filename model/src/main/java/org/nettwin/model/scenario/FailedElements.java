package org.nettwin.model.scenario;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;

/**
 * The links and nodes that are down at some moment of a scenario, as its {@code link_down}/{@code link_up} and
 * {@code node_down}/{@code node_up} events leave them. A value: {@link #after} gives the next state.
 */
public record FailedElements(Set<LinkId> links, Set<NodeId> nodes) {

    /** Everything up. */
    public static final FailedElements NONE = new FailedElements(Set.of(), Set.of());

    public FailedElements {
        links = Set.copyOf(links);
        nodes = Set.copyOf(nodes);
    }

    /** What is down before routes are first computed: the events at or before 0 (the list in time order). */
    public static FailedElements atStart(List<ScenarioEvent> events) {
        FailedElements down = NONE;
        for (ScenarioEvent e : events) {
            if (e.at().compareTo(Duration.ZERO) > 0) {
                break;
            }
            down = down.after(e);
        }
        return down;
    }

    /** The state once {@code event} has happened; events that change no element (scale_flows) leave it as is. */
    public FailedElements after(ScenarioEvent event) {
        Set<LinkId> l = new HashSet<>(links);
        Set<NodeId> n = new HashSet<>(nodes);
        if (event instanceof ScenarioEvent.LinkDown d) {
            l.add(d.link());
        } else if (event instanceof ScenarioEvent.LinkUp u) {
            l.remove(u.link());
        } else if (event instanceof ScenarioEvent.NodeDown d) {
            n.add(d.node());
        } else if (event instanceof ScenarioEvent.NodeUp u) {
            n.remove(u.node());
        } else {
            return this;
        }
        return new FailedElements(l, n);
    }

    public boolean isEmpty() {
        return links.isEmpty() && nodes.isEmpty();
    }

    /** Whether traffic cannot cross {@code link}: it is down, or one of its ends is. */
    public boolean blocks(Link link) {
        return links.contains(link.id()) || nodes.contains(link.a()) || nodes.contains(link.b());
    }
}
