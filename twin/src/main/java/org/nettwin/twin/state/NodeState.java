package org.nettwin.twin.state;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One node as the twin sees it: its id and kind (the model's {@code NodeKind}, lower case), its status, when it was
 * last heard from, and its latest KPIs by name (e.g. {@code cpu_percent}, {@code memory_used_ratio},
 * {@code latency_p99_seconds}, for a gNB the summed cell KPIs), each in the unit its name says.
 */
public record NodeState(String id, String kind, ElementStatus status, Optional<Instant> lastSeen,
                        Map<String, Double> kpis) {

    public NodeState {
        requireNonNull(id, "id");
        requireNonNull(kind, "kind");
        requireNonNull(status, "status");
        requireNonNull(lastSeen, "lastSeen");
        kpis = Map.copyOf(kpis);
    }
}
