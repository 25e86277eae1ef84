package org.nettwin.twin.whatif;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.nettwin.sim.compare.ResultComparison;
import org.nettwin.sim.result.SimulationResult;

/**
 * What one engine ({@code flow} or {@code packet}) answered: the baseline and what-if results, their comparison
 * (per-link and per-flow changes, a headline) and the SLAs the change breaks.
 */
public record EngineOutcome(String engine, SimulationResult baseline, SimulationResult whatIf,
                            ResultComparison comparison, List<String> headline, List<SlaBreach> slaBreaches) {

    public EngineOutcome {
        requireNonNull(engine, "engine");
        requireNonNull(baseline, "baseline");
        requireNonNull(whatIf, "whatIf");
        requireNonNull(comparison, "comparison");
        headline = List.copyOf(headline);
        slaBreaches = List.copyOf(slaBreaches);
    }
}
