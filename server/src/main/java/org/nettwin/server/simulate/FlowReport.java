package org.nettwin.server.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.FlowResult;
import org.nettwin.sim.result.SimulationResult;

/**
 * The human-readable table of a result: a heading with the engine, replications, events and wall time, then one
 * line per flow with packets sent and received (means over replications), loss in %, mean/median/99th-percentile
 * delay and jitter in ms, and throughput in Mb/s. A figure the engine did not give is shown as "-".
 */
final class FlowReport {

    private FlowReport() {
    }

    static List<String> lines(SimulationResult result) {
        List<String> out = new ArrayList<>();
        double rate = result.wallSeconds() > 0 ? result.eventsExecuted() / result.wallSeconds() / 1e6 : 0;
        out.add(String.format(Locale.ROOT, "%s: %s engine, %d replication%s, %,d events in %.2f s (%.1f M events/s)",
                result.scenario(), result.engine(), result.replications(), result.replications() == 1 ? "" : "s",
                result.eventsExecuted(), result.wallSeconds(), rate));
        out.add(String.format(Locale.ROOT, "%-10s %12s %12s %7s %9s %9s %9s %9s %9s", "flow", "tx", "rx", "lost %",
                "mean ms", "p50 ms", "p99 ms", "jitter ms", "Mb/s"));
        for (FlowResult f : result.flows()) {
            out.add(line(f));
        }
        return out;
    }

    private static String line(FlowResult f) {
        double tx = f.mean(FlowMetric.TX_PACKETS);
        double lost = f.mean(FlowMetric.LOST_PACKETS);
        double lossPct = tx > 0 && !Double.isNaN(lost) ? 100 * lost / tx : Double.NaN;
        return String.format(Locale.ROOT, "%-10s %12s %12s %7s %9s %9s %9s %9s %9s", f.id(), count(tx),
                count(f.mean(FlowMetric.RX_PACKETS)), fixed(lossPct, 2), ms(f.mean(FlowMetric.MEAN_DELAY_S)),
                ms(f.mean(FlowMetric.P50_DELAY_S)), ms(f.mean(FlowMetric.P99_DELAY_S)),
                ms(f.mean(FlowMetric.MEAN_JITTER_S)), fixed(f.mean(FlowMetric.THROUGHPUT_BPS) / 1e6, 3));
    }

    private static String count(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String ms(double seconds) {
        return fixed(seconds * 1e3, 3);
    }

    private static String fixed(double v, int decimals) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
