package org.nettwin.emulator.truth;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;

/**
 * The truth over one second of model time starting at {@code modelNanos} (true time {@code start}): every link
 * direction (link file order, a-to-b before b-to-a), the mean offered traffic matrix, the offered traffic that found
 * no path ({@code unrouted}), and each device's clock offset from true time at the end of the second (ns).
 */
public record TruthSecond(long modelNanos, Instant start, List<DirectionTruth> directions, TrafficMatrix matrix,
                          DataRate unrouted, Map<String, Long> clockOffsetNanos) {

    public TruthSecond {
        requireNonNull(start, "start");
        requireNonNull(matrix, "matrix");
        requireNonNull(unrouted, "unrouted");
        directions = List.copyOf(directions);
        clockOffsetNanos = Map.copyOf(clockOffsetNanos);
    }

    /** The direction of {@code link} leaving {@code from}; empty when there is none. */
    public Optional<DirectionTruth> direction(LinkId link, NodeId from) {
        for (DirectionTruth d : directions) {
            if (d.link().equals(link) && d.from().equals(from)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
