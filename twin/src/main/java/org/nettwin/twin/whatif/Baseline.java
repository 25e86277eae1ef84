package org.nettwin.twin.whatif;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.TrafficMatrix;

/**
 * What a what-if starts from: the moment it stands for, the network as it was then (elements the twin believed down
 * already removed, configured metrics applied) and the traffic matrix the twin estimated for it.
 */
public record Baseline(Instant at, Topology topology, TrafficMatrix traffic) {

    public Baseline {
        requireNonNull(at, "at");
        requireNonNull(topology, "topology");
        requireNonNull(traffic, "traffic");
    }
}
