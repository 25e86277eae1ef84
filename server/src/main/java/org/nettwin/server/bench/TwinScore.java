package org.nettwin.server.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;
import org.nettwin.server.twin.TruthWindow;
import org.nettwin.server.twin.TwinRig;
import org.nettwin.twin.live.EstimateWindow;
import org.nettwin.twin.live.LiveTwin;
import org.nettwin.twin.matrix.EstimationError;
import org.nettwin.twin.matrix.LinkObservation;
import org.nettwin.twin.matrix.NodeTotals;
import org.nettwin.twin.matrix.TomogravityEstimator;
import org.nettwin.twin.state.ElementStatus;
import org.nettwin.twin.state.Fidelity;
import org.nettwin.twin.state.NodeState;
import org.nettwin.twin.state.TwinState;

/**
 * What {@code bench twin} measures, fed by the twin's state listener (on the twin's thread): per new estimate its
 * error against the truth over the same telemetry interval (and the gravity prior's, and the estimate without node
 * totals), the fidelity, and the latency from a link fault to the state showing it.
 */
final class TwinScore {

    private final TwinRig rig;
    private final String link;
    private final PrintWriter out;
    private final long start = System.nanoTime();
    private final List<double[]> windows = new ArrayList<>();
    private final List<String> latencies = new ArrayList<>();
    private volatile long injectedAt;
    private volatile ElementStatus awaited;

    TwinScore(TwinRig rig, String link, PrintWriter out) {
        this.rig = rig;
        this.link = link;
        this.out = out;
    }

    /** The first link whose loss leaves the network connected. */
    static Optional<String> ringLink(Topology t) {
        for (Link l : t.links()) {
            Topology without = t.withoutLink(l.id());
            if (org.nettwin.model.routing.Routing.of(without).path(l.a(), l.b()).isPresent()) {
                return Optional.of(l.id().value());
            }
        }
        return Optional.empty();
    }

    void injected(String what) {
        awaited = what.equals("down") ? ElementStatus.DOWN : ElementStatus.UP;
        injectedAt = System.nanoTime();
    }

    synchronized void onState(TwinState s) {
        long at = injectedAt;
        ElementStatus want = awaited;
        if (at != 0 && want != null && s.links().stream().anyMatch(l -> l.id().equals(link) && l.status() == want)) {
            double ms = (System.nanoTime() - at) / 1e6;
            latencies.add(String.format(Locale.ROOT, "link %s -> twin %s in %.0f ms", want == ElementStatus.DOWN
                    ? "down" : "up", want, ms));
            out.printf(Locale.ROOT, "  +%3ds  fault: link %s %s seen by the twin %.0f ms after injection%n",
                    elapsed(), link, want, ms);
            awaited = null;
        }
        if (s.matrix().isPresent() && s.matrix().get().at().equals(s.at())) {
            window(s);
        }
    }

    private void window(TwinState s) {
        LiveTwin twin = rig.twin();
        Optional<EstimateWindow> w = twin.estimateWindow();
        Optional<LinkObservation> obs = twin.lastObservation();
        Optional<TrafficMatrix> truth = w.flatMap(x -> TruthWindow.mean(rig.emulator().network().truth(), x));
        if (truth.isEmpty() || obs.isEmpty() || truth.get().total().bitsPerSecond() <= 0) {
            return;
        }
        TomogravityEstimator estimator = TomogravityEstimator.standard();
        double tm = EstimationError.of(twin.currentMatrix(), truth.get()).relativeL2();
        double prior = EstimationError.of(estimator.prior(twin.liveTopology(), obs.get()), truth.get()).relativeL2();
        double noTotals = EstimationError.of(estimator.estimate(twin.liveTopology(),
                LinkObservation.of(obs.get().loads())), truth.get()).relativeL2();
        double cells = withCellTotals(s, obs.get()).map(o -> EstimationError.of(estimator.estimate(
                twin.liveTopology(), o), truth.get()).relativeL2()).orElse(Double.NaN);
        Optional<Fidelity> f = s.fidelity();
        double mean = f.map(Fidelity::meanAbsoluteError).orElse(Double.NaN);
        double p90 = f.map(Fidelity::p90AbsoluteError).orElse(Double.NaN);
        windows.add(new double[] {tm, prior, noTotals, mean, p90, cells});
        out.printf(Locale.ROOT, "  +%3ds  TM rel L2 %.3f (gravity prior %.3f, without node totals %.3f, gNB totals "
                + "from cells %.3f)  fidelity mean %.4f p90 %.4f  links down %.0f%n", elapsed(), tm, prior, noTotals,
                cells, mean, p90, s.kpis().getOrDefault("links_down", 0.0));
    }

    synchronized void summary(long bad) {
        double[] sum = new double[6];
        int[] n = new int[6];
        for (double[] w : windows) {
            for (int i = 0; i < 6; i++) {
                if (Double.isFinite(w[i])) {
                    sum[i] += w[i];
                    n[i]++;
                }
            }
        }
        out.printf(Locale.ROOT, "  mean over %d windows: TM rel L2 %.3f (gravity prior %.3f, without node totals "
                + "%.3f, gNB totals from cells %.3f); fidelity mean abs error %.4f, p90 %.4f (utilisation points)%n",
                windows.size(), sum[0] / n[0], sum[1] / n[1], sum[2] / n[2], sum[5] / Math.max(1, n[5]),
                sum[3] / Math.max(1, n[3]), sum[4] / Math.max(1, n[4]));
        out.printf(Locale.ROOT, "  fault -> twin state: %s; bad observations %d%n", latencies, bad);
    }

    /** The twin's node totals with each gNB's taken from its cells' summed UL (ingress) and DL (egress) KPIs. */
    private static Optional<LinkObservation> withCellTotals(TwinState s, LinkObservation obs) {
        if (obs.totals().isEmpty()) {
            return Optional.empty();
        }
        java.util.Map<NodeId, DataRate> in = new java.util.HashMap<>(obs.totals().get().ingress());
        java.util.Map<NodeId, DataRate> out = new java.util.HashMap<>(obs.totals().get().egress());
        for (NodeState n : s.nodes()) {
            Double ul = n.kpis().get("ul_throughput_bps");
            Double dl = n.kpis().get("dl_throughput_bps");
            NodeId id = NodeId.of(n.id());
            if (ul != null && dl != null && in.containsKey(id)) {
                in.put(id, DataRate.ofBps(ul));
                out.put(id, DataRate.ofBps(dl));
            }
        }
        return Optional.of(obs.withTotals(new NodeTotals(in, out)));
    }

    private long elapsed() {
        return (System.nanoTime() - start) / 1_000_000_000L;
    }
}
