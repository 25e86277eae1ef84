package org.nettwin.sim.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/** The few lines that say what changed, most important first. */
final class Headline {

    /** At most this many links are named per line. */
    private static final int NAMED = 3;

    private Headline() {
    }

    static List<String> of(List<FlowChange> flows, List<String> onlyInBaseline, List<String> onlyInWhatIf,
                           List<LinkChange> crossings, List<LinkChange> newDrops, double threshold) {
        List<String> out = new ArrayList<>();
        double pct = ResultComparison.SIGNIFICANT_PERCENT;
        flowLine(out, flows, f -> f.delayS().map(d -> d.percent() > pct).orElse(false),
                f -> f.delayS().orElseThrow().percent(), "slower by > " + fmt(pct) + " %",
                f -> signed(f.delayS().orElseThrow().percent()) + " % delay ("
                        + signed(1e3 * f.delayS().orElseThrow().delta()) + " ms)");
        flowLine(out, flows, f -> f.lossPercent().map(l -> l.delta() > ResultComparison.SIGNIFICANT_LOSS_PP).orElse(false),
                f -> f.lossPercent().orElseThrow().delta(), "with more loss",
                f -> signed(f.lossPercent().orElseThrow().delta()) + " pp loss ("
                        + fmt(f.lossPercent().orElseThrow().before()) + " % -> "
                        + fmt(f.lossPercent().orElseThrow().after()) + " %)");
        flowLine(out, flows, f -> f.throughputBps().map(t -> t.percent() < -pct).orElse(false),
                f -> -f.throughputBps().orElseThrow().percent(), "with > " + fmt(pct) + " % less throughput",
                f -> signed(f.throughputBps().orElseThrow().percent()) + " % throughput");
        long faster = flows.stream().filter(f -> f.delayS().map(d -> d.percent() < -pct).orElse(false)).count();
        if (faster > 0) {
            out.add(count(faster) + " faster by > " + fmt(pct) + " %");
        }
        for (LinkChange l : crossings.subList(0, Math.min(NAMED, crossings.size()))) {
            Change u = l.utilisation().orElseThrow();
            out.add(l.label() + " crosses " + fmt(100 * threshold) + " %: " + fmt(100 * u.before()) + " % -> "
                    + fmt(100 * u.after()) + " %" + (u.after() < u.before() ? " (down)" : ""));
        }
        more(out, crossings.size(), "link directions cross " + fmt(100 * threshold) + " %");
        for (LinkChange l : newDrops.subList(0, Math.min(NAMED, newDrops.size()))) {
            Change d = l.dropped().orElseThrow();
            out.add(l.label() + " drops " + whole(d.after()) + " packets (was " + whole(d.before()) + ")");
        }
        more(out, newDrops.size(), "link directions drop more");
        membership(out, onlyInWhatIf, "only in the what-if");
        membership(out, onlyInBaseline, "only in the baseline (gone)");
        if (out.isEmpty()) {
            out.add("no significant change: no flow slower by > " + fmt(pct) + " % or losing more, no link crossing "
                    + fmt(100 * threshold) + " %, no new drops");
        }
        return out;
    }

    private static void flowLine(List<String> out, List<FlowChange> flows, Predicate<FlowChange> selected,
                                 Function<FlowChange, Double> badness, String what, Function<FlowChange, String> worst) {
        List<FlowChange> hit = flows.stream().filter(selected).toList();
        if (hit.isEmpty()) {
            return;
        }
        FlowChange top = hit.get(0);
        for (FlowChange f : hit) {
            if (badness.apply(f) > badness.apply(top)) {
                top = f;
            }
        }
        out.add(count(hit.size()) + " " + what + ", worst flow " + top.id() + ": " + worst.apply(top));
    }

    private static void more(List<String> out, int total, String what) {
        if (total > NAMED) {
            out.add("... " + (total - NAMED) + " more " + what);
        }
    }

    private static void membership(List<String> out, List<String> ids, String where) {
        if (!ids.isEmpty()) {
            List<String> named = ids.subList(0, Math.min(10, ids.size()));
            out.add(count(ids.size()) + " " + where + ": " + String.join(", ", named)
                    + (ids.size() > named.size() ? ", ..." : ""));
        }
    }

    private static String count(long flows) {
        return flows + (flows == 1 ? " flow" : " flows");
    }

    static String fmt(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        double a = Math.abs(v);
        boolean whole = Math.abs(v - Math.rint(v)) <= 1e-9 * Math.max(1, a);
        return String.format(Locale.ROOT, a >= 100 || whole ? "%.0f" : a >= 10 ? "%.1f" : "%.2f", v);
    }

    private static String whole(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    static String signed(double v) {
        return (v >= 0 ? "+" : "") + fmt(v);
    }
}
