package org.nettwin.model.routing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.units.DataRate;

/**
 * The outcome of routing a traffic matrix statically: the load of every link direction ({@code directions}, in
 * link file order, a-to-b before b-to-a), the demands that found no path ({@code unrouted}, in matrix order; never
 * dropped silently) and the total rate of the demands that were routed ({@code routed}).
 */
public record LinkLoads(RoutingMode mode, List<DirectedLoad> directions, List<Demand> unrouted, DataRate routed) {

    /** Most utilised first; equal utilisations keep link file order (the sort is stable). */
    private static final Comparator<DirectedLoad> BY_UTILISATION_DESCENDING =
            Comparator.comparingDouble(DirectedLoad::utilisation).reversed();

    public LinkLoads {
        requireNonNull(mode, "mode");
        requireNonNull(routed, "routed");
        directions = List.copyOf(directions);
        unrouted = List.copyOf(unrouted);
    }

    /** The most utilised direction (the first in file order among equals); empty for a network with no links. */
    public Optional<DirectedLoad> max() {
        DirectedLoad best = null;
        for (DirectedLoad d : directions) {
            if (best == null || d.utilisation() > best.utilisation()) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** All directions, most utilised first. */
    public List<DirectedLoad> sortedByUtilisation() {
        List<DirectedLoad> sorted = new ArrayList<>(directions);
        sorted.sort(BY_UTILISATION_DESCENDING);
        return List.copyOf(sorted);
    }

    /** The {@code n} most utilised directions (fewer when there are fewer), most utilised first. */
    public List<DirectedLoad> mostLoaded(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        List<DirectedLoad> sorted = sortedByUtilisation();
        return sorted.subList(0, Math.min(n, sorted.size()));
    }

    /** The directions offered more than their capacity, most utilised first. */
    public List<DirectedLoad> overloaded() {
        List<DirectedLoad> out = new ArrayList<>();
        for (DirectedLoad d : sortedByUtilisation()) {
            if (d.overloads()) {
                out.add(d);
            }
        }
        return out;
    }

    /** The load of link {@code link} in the direction leaving {@code from}; empty when there is no such direction. */
    public Optional<DirectedLoad> load(LinkId link, NodeId from) {
        for (DirectedLoad d : directions) {
            if (d.link().equals(link) && d.from().equals(from)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Whether every demand found a path. */
    public boolean routesAll() {
        return unrouted.isEmpty();
    }

    /** The total rate of the demands that found no path. */
    public DataRate unroutedRate() {
        double sum = 0;
        for (Demand d : unrouted) {
            sum += d.rate().bitsPerSecond();
        }
        return DataRate.ofBps(sum);
    }
}
