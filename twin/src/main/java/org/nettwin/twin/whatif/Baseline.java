package org.nettwin.twin.whatif;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.nettwin.model.scenario.FailedElements;
import org.nettwin.model.slice.Slice;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.TrafficMatrix;

/**
 * What a what-if starts from: the moment it stands for, the network as it was then (elements the twin believed down
 * already removed, configured metrics applied), the traffic matrix the twin estimated for it, the slices whose SLAs
 * the what-if checks, and which known elements were down then ({@code down}: not in {@code topology}, so that
 * failing them again is recognised rather than refused as unknown).
 */
public record Baseline(Instant at, Topology topology, TrafficMatrix traffic, List<Slice> slices, FailedElements down) {

    public Baseline {
        requireNonNull(at, "at");
        requireNonNull(topology, "topology");
        requireNonNull(traffic, "traffic");
        slices = List.copyOf(slices);
        requireNonNull(down, "down");
    }

    /** A baseline with no slices (no SLA checks) and nothing known to be down. */
    public Baseline(Instant at, Topology topology, TrafficMatrix traffic) {
        this(at, topology, traffic, List.of(), FailedElements.NONE);
    }
}
