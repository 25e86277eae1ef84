package org.nettwin.sim.result;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a scenario in the {@code nettwin-result/1} format: which engine produced it, over how many
 * replications, how much work it took ({@code eventsExecuted}, summed over replications; {@code wallSeconds} of
 * the simulation itself) and the per-flow and per-link-direction figures.
 */
public record SimulationResult(String scenario, String engine, int replications, long eventsExecuted,
                               double wallSeconds, List<FlowResult> flows, List<LinkResult> links) {

    /** The format marker written into every result file. */
    public static final String FORMAT = "nettwin-result/1";

    public SimulationResult {
        requireNonNull(scenario, "scenario");
        requireNonNull(engine, "engine");
        flows = List.copyOf(flows);
        links = List.copyOf(links);
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1");
        }
        if (eventsExecuted < 0 || !(wallSeconds >= 0)) {
            throw new IllegalArgumentException("events and wall time must be >= 0");
        }
    }

    public Optional<FlowResult> flow(String id) {
        return flows.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<LinkResult> link(String id, String from) {
        return links.stream().filter(l -> l.id().equals(id) && l.from().equals(from)).findFirst();
    }
}
