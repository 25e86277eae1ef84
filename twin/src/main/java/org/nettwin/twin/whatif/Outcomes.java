package org.nettwin.twin.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.slice.Slice;
import org.nettwin.sim.compare.ResultComparison;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.FlowResult;
import org.nettwin.sim.result.SimulationResult;

/**
 * Makes an {@link EngineOutcome} from the two results of one engine: the comparison, the SLA breaches, and a
 * headline that starts with what the changes did that the figures cannot show (an element already down, a
 * shortened packet run), then the comparison's lines, the pairs the what-if cuts off and the SLA summary.
 */
final class Outcomes {

    /** At most this many pairs are named in the cut-off line. */
    private static final int NAMED = 3;

    private final double threshold;

    Outcomes(double threshold) {
        this.threshold = threshold;
    }

    EngineOutcome of(String engine, Scenario baselineScenario, Scenario whatIfScenario, SimulationResult baseline,
                     SimulationResult whatIf, List<String> notes, List<Slice> slices) {
        ResultComparison comparison = ResultComparison.of(baseline, whatIf, threshold);
        List<SlaBreach> breaches = new SlaCheck(slices).breaches(baselineScenario, baseline, whatIfScenario, whatIf);
        List<String> headline = new ArrayList<>(notes);
        headline.addAll(comparison.headline());
        cutOff(baseline, whatIf).ifPresent(headline::add);
        if (!slices.isEmpty()) {
            headline.add(SlaCheck.summary(breaches));
        }
        return new EngineOutcome(engine, baseline, whatIf, comparison, headline, breaches);
    }

    /** The pairs that deliver nothing in the what-if but did in the baseline (their traffic is lost). */
    private static Optional<String> cutOff(SimulationResult baseline, SimulationResult whatIf) {
        List<String> cut = new ArrayList<>();
        for (FlowResult after : whatIf.flows()) {
            Optional<FlowResult> before = baseline.flow(after.id());
            if (deliversNothing(after) && before.isPresent() && !deliversNothing(before.get())) {
                cut.add(after.id());
            }
        }
        if (cut.isEmpty()) {
            return Optional.empty();
        }
        String named = String.join(", ", cut.subList(0, Math.min(NAMED, cut.size())))
                + (cut.size() > NAMED ? " and " + (cut.size() - NAMED) + " more" : "");
        return Optional.of(cut.size() + " traffic pair" + (cut.size() == 1 ? " is" : "s are")
                + " cut off (all traffic lost): " + named);
    }

    private static boolean deliversNothing(FlowResult f) {
        return f.mean(FlowMetric.TX_PACKETS) > 0 && SlaCheck.lossRatio(f) >= 1 - 1e-9;
    }
}
