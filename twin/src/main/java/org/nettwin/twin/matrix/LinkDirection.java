package org.nettwin.twin.matrix;

import java.util.Objects;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;

/**
 * One direction of a full-duplex link: the traffic of link {@code link} leaving its end {@code from}. Ordered by link,
 * then end.
 */
public record LinkDirection(LinkId link, NodeId from) implements Comparable<LinkDirection> {

    public LinkDirection {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(from, "from");
    }

    /** The direction of {@code link} leaving {@code from}. */
    public static LinkDirection of(String link, String from) {
        return new LinkDirection(LinkId.of(link), NodeId.of(from));
    }

    @Override
    public int compareTo(LinkDirection other) {
        int byLink = link.compareTo(other.link);
        return byLink != 0 ? byLink : from.compareTo(other.from);
    }

    @Override
    public String toString() {
        return link + " from " + from;
    }
}
