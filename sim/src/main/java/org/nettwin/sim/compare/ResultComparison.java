package org.nettwin.sim.compare;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.FlowResult;
import org.nettwin.sim.result.LinkMetric;
import org.nettwin.sim.result.LinkResult;
import org.nettwin.sim.result.SimulationResult;

/**
 * A what-if result set against its baseline, readable at a glance: a {@code headline} of a few lines first, then
 * every flow in both results sorted worst change first ({@link FlowChange#severity()}), the flows only one result
 * has, the link directions whose utilisation crosses {@code threshold} (either way) and those that drop at least one
 * packet more than before. Works across engines: a figure either result lacks is skipped, never guessed.
 */
public record ResultComparison(String baselineEngine, String whatIfEngine, double threshold, List<FlowChange> flows,
                               List<String> onlyInBaseline, List<String> onlyInWhatIf, List<LinkChange> crossings,
                               List<LinkChange> newDrops, List<String> headline) {

    /** A delay or throughput change smaller than this, in percent, is not news. */
    public static final double SIGNIFICANT_PERCENT = 10;
    /** A loss change smaller than this, in percentage points, is not news. */
    public static final double SIGNIFICANT_LOSS_PP = 0.1;
    /** Fewer extra drops than this (packets) are not news. */
    public static final double SIGNIFICANT_DROPS = 1;

    public ResultComparison {
        requireNonNull(baselineEngine, "baselineEngine");
        requireNonNull(whatIfEngine, "whatIfEngine");
        flows = List.copyOf(flows);
        onlyInBaseline = List.copyOf(onlyInBaseline);
        onlyInWhatIf = List.copyOf(onlyInWhatIf);
        crossings = List.copyOf(crossings);
        newDrops = List.copyOf(newDrops);
        headline = List.copyOf(headline);
        if (!(threshold > 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a finite utilisation > 0, got " + threshold);
        }
    }

    /**
     * Compares {@code whatIf} with {@code baseline}.
     *
     * @param threshold the utilisation (fraction, e.g. 0.8) whose crossing is reported
     */
    public static ResultComparison of(SimulationResult baseline, SimulationResult whatIf, double threshold) {
        List<FlowChange> flows = new ArrayList<>();
        List<String> onlyInBaseline = new ArrayList<>();
        List<String> onlyInWhatIf = new ArrayList<>();
        for (FlowResult before : baseline.flows()) {
            Optional<FlowResult> after = whatIf.flow(before.id());
            if (after.isPresent()) {
                flows.add(FlowChange.of(before.id(), change(before, after.get(), FlowMetric.MEAN_DELAY_S),
                        lossChange(before, after.get()), change(before, after.get(), FlowMetric.THROUGHPUT_BPS)));
            } else {
                onlyInBaseline.add(before.id());
            }
        }
        for (FlowResult after : whatIf.flows()) {
            if (baseline.flow(after.id()).isEmpty()) {
                onlyInWhatIf.add(after.id());
            }
        }
        flows.sort(Comparator.comparingDouble(FlowChange::severity).reversed());
        List<LinkChange> links = links(baseline, whatIf);
        List<LinkChange> crossings = links.stream().filter(l -> l.crossesUp(threshold) || l.crossesDown(threshold))
                .sorted(Comparator.comparingDouble((LinkChange l) -> -l.utilisation().orElseThrow().after())).toList();
        List<LinkChange> newDrops = links.stream()
                .filter(l -> l.dropped().isPresent() && l.dropped().get().delta() >= SIGNIFICANT_DROPS)
                .sorted(Comparator.comparingDouble((LinkChange l) -> -l.dropped().orElseThrow().delta())).toList();
        List<String> headline = Headline.of(flows, onlyInBaseline, onlyInWhatIf, crossings, newDrops, threshold);
        return new ResultComparison(baseline.engine(), whatIf.engine(), threshold, flows, onlyInBaseline, onlyInWhatIf,
                crossings, newDrops, headline);
    }

    private static Optional<Change> change(FlowResult before, FlowResult after, FlowMetric metric) {
        double b = before.mean(metric);
        double a = after.mean(metric);
        return Double.isFinite(b) && Double.isFinite(a) ? Optional.of(new Change(b, a)) : Optional.empty();
    }

    private static Optional<Change> lossChange(FlowResult before, FlowResult after) {
        double b = lossPercent(before);
        double a = lossPercent(after);
        return Double.isFinite(b) && Double.isFinite(a) ? Optional.of(new Change(b, a)) : Optional.empty();
    }

    /** Lost / sent in percent; lost = tx - rx when the result gives no lost figure; NaN when unknown. */
    private static double lossPercent(FlowResult f) {
        double tx = f.mean(FlowMetric.TX_PACKETS);
        double lost = f.value(FlowMetric.LOST_PACKETS).isPresent() ? f.mean(FlowMetric.LOST_PACKETS)
                : tx - f.mean(FlowMetric.RX_PACKETS);
        if (!(tx > 0) || !Double.isFinite(lost)) {
            return Double.NaN;
        }
        return 100 * lost / tx;
    }

    /** Every direction in either result, baseline order first. */
    private static List<LinkChange> links(SimulationResult baseline, SimulationResult whatIf) {
        Map<String, LinkResult> directions = new LinkedHashMap<>();
        for (LinkResult l : baseline.links()) {
            directions.putIfAbsent(key(l), l);
        }
        for (LinkResult l : whatIf.links()) {
            directions.putIfAbsent(key(l), l);
        }
        List<LinkChange> out = new ArrayList<>();
        for (LinkResult l : directions.values()) {
            out.add(new LinkChange(l.id(), l.from(), l.to(), linkChange(baseline, whatIf, l, LinkMetric.UTILISATION),
                    linkChange(baseline, whatIf, l, LinkMetric.DROPPED_PACKETS)));
        }
        return out;
    }

    private static Optional<Change> linkChange(SimulationResult baseline, SimulationResult whatIf, LinkResult l,
                                               LinkMetric metric) {
        double b = figure(baseline, l, metric);
        double a = figure(whatIf, l, metric);
        return Double.isFinite(b) && Double.isFinite(a) ? Optional.of(new Change(b, a)) : Optional.empty();
    }

    /** The direction's figure; 0 when the result lists others with it but not this one; NaN when it has none. */
    private static double figure(SimulationResult result, LinkResult direction, LinkMetric metric) {
        boolean reports = result.links().stream().anyMatch(l -> l.value(metric).isPresent());
        if (!reports) {
            return Double.NaN;
        }
        Optional<LinkResult> l = result.link(direction.id(), direction.from());
        return l.isEmpty() ? 0 : l.get().mean(metric);
    }

    private static String key(LinkResult l) {
        return l.id() + "\u0000" + l.from();
    }
}
