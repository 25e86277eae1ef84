package org.nettwin.model.scenario;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.units.DataRate;

/**
 * A traffic source of a scenario: packets from {@code source} to {@code destination} between {@code start} and
 * {@code stop} (no packet at or after stop), spaced by {@code arrival}, sized by {@code sizes} around
 * {@code packetSizeBytes} (the whole frame on the wire), at mean offered load {@code rate}.
 */
public record Flow(String id, NodeId source, NodeId destination, Duration start, Duration stop, Arrival arrival,
                   SizeDistribution sizes, int packetSizeBytes, DataRate rate) {

    public Flow {
        requireNonNull(id, "id");
        requireNonNull(source, "source");
        requireNonNull(destination, "destination");
        requireNonNull(arrival, "arrival");
        requireNonNull(sizes, "sizes");
        requireNonNull(rate, "rate");
        if (source.equals(destination)) {
            throw new IllegalArgumentException("flow " + id + " starts and ends at " + source);
        }
        if (start.isNegative() || stop.compareTo(start) < 0) {
            throw new IllegalArgumentException("flow " + id + " must have 0 <= start <= stop");
        }
        if (packetSizeBytes <= 0) {
            throw new IllegalArgumentException("flow " + id + " has packet size " + packetSizeBytes);
        }
    }

    public Flow withRate(DataRate newRate) {
        return new Flow(id, source, destination, start, stop, arrival, sizes, packetSizeBytes, newRate);
    }
}
