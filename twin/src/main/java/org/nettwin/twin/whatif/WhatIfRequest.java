package org.nettwin.twin.whatif;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A what-if question: {@code name}, the baseline moment ({@code asOf} empty = now, from the live state; otherwise
 * the network and traffic as the repository had them then), the changes, whether to also run the packet-level
 * simulator ({@code packet}; the flow estimator always runs), the simulated {@code horizon} of the packet run and
 * its {@code seed}.
 */
public record WhatIfRequest(String name, Optional<Instant> asOf, List<Change> changes, boolean packet,
                            Duration horizon, long seed) {

    public WhatIfRequest {
        requireNonNull(name, "name");
        requireNonNull(asOf, "asOf");
        changes = List.copyOf(changes);
        requireNonNull(horizon, "horizon");
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("what-if '" + name + "': at least one change is needed");
        }
        if (horizon.isNegative() || horizon.isZero() || horizon.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("what-if '" + name + "': horizon must be in (0, 10 min], was "
                    + horizon);
        }
    }
}
