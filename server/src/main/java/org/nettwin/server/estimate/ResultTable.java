package org.nettwin.server.estimate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nettwin.model.scenario.Flow;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.FlowResult;
import org.nettwin.sim.result.LinkMetric;
import org.nettwin.sim.result.LinkResult;
import org.nettwin.sim.result.SimulationResult;

/**
 * A result as a human-readable table: one line per flow (packets, loss, delay, throughput; "-" where the engine gave
 * no figure) and the most utilised link directions.
 */
public final class ResultTable {

    private static final int LINKS_SHOWN = 5;

    private ResultTable() {
    }

    /** The table lines for {@code result} of {@code scenario}. */
    public static List<String> lines(Scenario scenario, SimulationResult result) {
        Map<String, Flow> flows = new HashMap<>();
        scenario.flows().forEach(f -> flows.put(f.id(), f));
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%s: %d flows, engine %s, %.1f ms", result.scenario(), result.flows().size(),
                result.engine(), result.wallSeconds() * 1e3));
        out.add(String.format(Locale.ROOT, "%-8s %-13s %12s %12s %8s %11s %11s %11s %12s", "flow", "path", "tx", "rx",
                "loss %", "delay ms", "p50 ms", "p99 ms", "thru Mb/s"));
        for (FlowResult f : result.flows()) {
            Flow flow = flows.get(f.id());
            String path = flow == null ? "" : flow.source().value() + "->" + flow.destination().value();
            double tx = f.mean(FlowMetric.TX_PACKETS);
            double lost = f.mean(FlowMetric.LOST_PACKETS);
            out.add(String.format(Locale.ROOT, "%-8s %-13s %12s %12s %8s %11s %11s %11s %12s", f.id(), path,
                    number(tx, "%.0f"), number(f.mean(FlowMetric.RX_PACKETS), "%.0f"),
                    tx > 0 ? number(100 * lost / tx, "%.2f") : "-", number(1e3 * f.mean(FlowMetric.MEAN_DELAY_S), "%.3f"),
                    number(1e3 * f.mean(FlowMetric.P50_DELAY_S), "%.3f"), number(1e3 * f.mean(FlowMetric.P99_DELAY_S), "%.3f"),
                    number(f.mean(FlowMetric.THROUGHPUT_BPS) / 1e6, "%.3f")));
        }
        out.addAll(links(result));
        return out;
    }

    private static List<String> links(SimulationResult result) {
        List<LinkResult> links = new ArrayList<>(result.links());
        links.removeIf(l -> Double.isNaN(l.mean(LinkMetric.UTILISATION)));
        if (links.isEmpty()) {
            return List.of();
        }
        links.sort(Comparator.comparingDouble((LinkResult l) -> l.mean(LinkMetric.UTILISATION)).reversed());
        List<String> out = new ArrayList<>();
        out.add("most utilised link directions:");
        for (LinkResult l : links.subList(0, Math.min(LINKS_SHOWN, links.size()))) {
            out.add(String.format(Locale.ROOT, "  link %-6s %6s -> %-6s utilisation %7.1f %%  queue %9s pkts  dropped %s",
                    l.id(), l.from(), l.to(), 100 * l.mean(LinkMetric.UTILISATION),
                    number(l.mean(LinkMetric.MEAN_QUEUE_PACKETS), "%.2f"), number(l.mean(LinkMetric.DROPPED_PACKETS), "%.0f")));
        }
        return out;
    }

    private static String number(double value, String format) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, format, value);
    }
}
