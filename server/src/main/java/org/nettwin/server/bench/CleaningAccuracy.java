package org.nettwin.server.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.emulator.truth.TruthSecond;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;
import org.nettwin.store.series.EntityKind;
import org.nettwin.store.series.Points;
import org.nettwin.store.series.RegisteredSeries;
import org.nettwin.store.series.SeriesFilter;
import org.nettwin.store.series.TimeSeries;
import org.nettwin.telemetry.pipeline.QualityFlags;
import org.nettwin.telemetry.pipeline.SourceHealth;

/**
 * Scores cleaned telemetry against the emulator's ground truth. Rates: every stored out-octets rate (B/s, at grid
 * second t, which the pipeline derives from counter differences assigned to interval midpoints) against the true
 * carried rate of that link direction at t (the mean of the truth seconds before and after t), for points where the
 * true rate is over 1 Mb/s and no reset was flagged. Clocks: each device's offset as the pipeline estimated it
 * against the truth's offset at the end of the run.
 */
final class CleaningAccuracy {

    private static final String OUT_OCTETS = "/interfaces/interface/state/counters/out-octets";
    private static final double MIN_BPS = 1e6;

    private final List<Double> pointErrors = new ArrayList<>();
    private final List<Double> meanErrors = new ArrayList<>();
    private final List<Double> clockErrorsMs = new ArrayList<>();
    private int interfaces;

    /** Scores the rates in {@code series} between {@code from} and {@code to} against {@code truth}. */
    void scoreRates(TimeSeries series, List<EmulatedDevice> devices, List<TruthSecond> truth, Instant from,
                    Instant to) {
        Map<Long, TruthSecond> bySecond = new HashMap<>();
        truth.forEach(t -> bySecond.put(t.start().getEpochSecond(), t));
        Map<String, String[]> ifaceLinks = interfaceLinks(devices);
        for (RegisteredSeries s : series.series(SeriesFilter.kind(EntityKind.INTERFACE).metric(OUT_OCTETS))) {
            String[] link = ifaceLinks.get(s.key().entity().id());
            if (link == null) {
                continue;
            }
            Points p = series.range(s.id(), from, to);
            double stored = 0;
            double reference = 0;
            for (int i = 0; i < p.size(); i++) {
                if ((p.quality(i) & QualityFlags.COUNTER_RESET) != 0) {
                    continue;
                }
                long sec = Math.floorDiv(p.epochMicros(i), 1_000_000L);
                Optional<Double> ref = trueBps(bySecond.get(sec - 1), bySecond.get(sec), link);
                if (ref.isEmpty() || ref.get() < MIN_BPS) {
                    continue;
                }
                double measured = p.value(i) * 8;
                pointErrors.add(Math.abs(measured - ref.get()) / ref.get());
                stored += measured;
                reference += ref.get();
            }
            if (reference > 0) {
                interfaces++;
                meanErrors.add(Math.abs(stored - reference) / reference);
            }
        }
    }

    /**
     * Scores the pipeline's clock estimates against the truth's last second, for the sources that timestamp their
     * telemetry ({@code timestamped}: gNMI devices and cells; a Prometheus exposition carries no time, so a server's
     * clock cannot be observed and the pipeline takes receive time instead).
     */
    void scoreClocks(List<SourceHealth> health, TruthSecond last, java.util.Set<String> timestamped) {
        for (SourceHealth h : health) {
            Long trueOffset = last.clockOffsetNanos().get(h.source());
            if (trueOffset == null || h.received() == 0 || !timestamped.contains(h.source())) {
                continue;
            }
            double estimated = -h.clockOffset().toNanos();
            clockErrorsMs.add(Math.abs(estimated - trueOffset) / 1e6);
        }
    }

    List<String> lines() {
        double[] pe = sorted(pointErrors);
        double[] me = sorted(meanErrors);
        double[] ce = sorted(clockErrorsMs);
        return List.of(
                String.format(Locale.ROOT, "rates: %,d points on %d interfaces; per-second |error| median %.3f %%, "
                        + "p90 %.3f %%, p99 %.3f %%", pe.length, interfaces, 100 * q(pe, 0.5), 100 * q(pe, 0.9),
                        100 * q(pe, 0.99)),
                String.format(Locale.ROOT, "rates: per-interface mean over the window |error| median %.4f %%, max "
                        + "%.4f %% (target 1 %%)", 100 * q(me, 0.5), 100 * q(me, 1.0)),
                String.format(Locale.ROOT, "clock offsets: %d devices, |error| median %.2f ms, p90 %.2f ms, max %.2f ms "
                        + "(target 10 ms)", ce.length, q(ce, 0.5), q(ce, 0.9), q(ce, 1.0)));
    }

    boolean passed() {
        return !meanErrors.isEmpty() && q(sorted(meanErrors), 1.0) <= 0.01 && !clockErrorsMs.isEmpty()
                && q(sorted(clockErrorsMs), 1.0) <= 10;
    }

    private static Optional<Double> trueBps(TruthSecond before, TruthSecond after, String[] link) {
        if (before == null || after == null) {
            return Optional.empty();
        }
        LinkId id = LinkId.of(link[0]);
        NodeId from = NodeId.of(link[1]);
        var a = before.direction(id, from);
        var b = after.direction(id, from);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((a.get().carried().bitsPerSecond() + b.get().carried().bitsPerSecond()) / 2);
    }

    /** {@code node/ethN} → {link id, node}, from each interface's description leaf {@code link=ID peer=NODE}. */
    private static Map<String, String[]> interfaceLinks(List<EmulatedDevice> devices) {
        Map<String, String[]> out = new HashMap<>();
        for (EmulatedDevice d : devices) {
            for (Leaf leaf : d.leaves()) {
                if (leaf.path().endsWith("/state/description") && leaf.value() instanceof LeafValue.Text t
                        && t.value().startsWith("link=")) {
                    String iface = leaf.path().substring(leaf.path().indexOf("[name=") + 6, leaf.path().indexOf(']'));
                    String link = t.value().substring(5, t.value().indexOf(" peer="));
                    out.put(d.id() + "/" + iface, new String[] {link, d.id()});
                }
            }
        }
        return out;
    }

    private static double[] sorted(List<Double> values) {
        double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a;
    }

    private static double q(double[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
}
