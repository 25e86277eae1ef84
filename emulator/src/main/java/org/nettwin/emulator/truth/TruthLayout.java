package org.nettwin.emulator.truth;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.traffic.OdPair;

/**
 * What the columns of every {@link TruthSecond} of one network mean: its link directions (link file order, a-to-b
 * before b-to-a) and its origin-destination pairs. Shared by all the seconds, so a second holds only numbers.
 */
public final class TruthLayout {

    private final List<Direction> directions;
    private final List<OdPair> pairs;
    private final Map<OdPair, Integer> pairIndex = new HashMap<>();

    /** One direction of a link: from {@code from} to {@code to}. */
    public record Direction(LinkId link, NodeId from, NodeId to) {
        public Direction {
            requireNonNull(link, "link");
            requireNonNull(from, "from");
            requireNonNull(to, "to");
        }
    }

    public TruthLayout(List<Direction> directions, List<OdPair> pairs) {
        this.directions = List.copyOf(directions);
        this.pairs = List.copyOf(pairs);
        for (int p = 0; p < this.pairs.size(); p++) {
            pairIndex.putIfAbsent(this.pairs.get(p), p);
        }
    }

    public List<Direction> directions() {
        return directions;
    }

    public List<OdPair> pairs() {
        return pairs;
    }

    /** The column of direction {@code link} leaving {@code from}; -1 when there is none. */
    public int directionIndex(LinkId link, NodeId from) {
        for (int i = 0; i < directions.size(); i++) {
            Direction d = directions.get(i);
            if (d.link().equals(link) && d.from().equals(from)) {
                return i;
            }
        }
        return -1;
    }

    /** The column of {@code pair}; -1 when the traffic has no such pair. */
    public int pairIndex(OdPair pair) {
        return pairIndex.getOrDefault(pair, -1);
    }
}
