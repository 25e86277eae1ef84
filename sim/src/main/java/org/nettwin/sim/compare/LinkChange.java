package org.nettwin.sim.compare;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How one link direction ({@code from} -> {@code to} of link {@code id}) changed: utilisation (fraction of capacity)
 * and dropped packets, each absent when a result lacks it. A direction missing from a result that reports others
 * carried nothing there (0).
 */
public record LinkChange(String id, String from, String to, Optional<Change> utilisation, Optional<Change> dropped) {

    public LinkChange {
        requireNonNull(id, "id");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(utilisation, "utilisation");
        requireNonNull(dropped, "dropped");
    }

    /** Whether utilisation goes from below {@code threshold} to at or above it. */
    public boolean crossesUp(double threshold) {
        return utilisation.isPresent() && utilisation.get().before() < threshold && utilisation.get().after() >= threshold;
    }

    /** Whether utilisation goes from at or above {@code threshold} to below it. */
    public boolean crossesDown(double threshold) {
        return utilisation.isPresent() && utilisation.get().before() >= threshold && utilisation.get().after() < threshold;
    }

    /** "link 2 (1->3)". */
    public String label() {
        return "link " + id + " (" + from + "->" + to + ")";
    }
}
