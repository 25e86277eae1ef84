package org.nettwin.twin.live;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nettwin.model.routing.DirectedLoad;
import org.nettwin.model.routing.LinkLoads;
import org.nettwin.model.routing.LoadComputation;
import org.nettwin.model.routing.RoutingMode;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.NodeKind;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;
import org.nettwin.twin.matrix.LinkDirection;
import org.nettwin.twin.matrix.LinkObservation;
import org.nettwin.twin.matrix.NodeTotals;
import org.nettwin.twin.matrix.TomogravityEstimator;
import org.nettwin.twin.state.Fidelity;
import org.nettwin.twin.state.MatrixEstimate;
import org.nettwin.twin.state.PairRate;

/**
 * The traffic-matrix estimate and the twin's fidelity, window by window. At the end of each window: the matrix
 * estimated from the previous window, routed with the model's ECMP over the topology the twin believes now, predicts
 * each direction's utilisation, which is compared with the window's measured mean (one step ahead: the model is
 * judged on data it was not fitted to); then the matrix is re-estimated from this window's loads by tomogravity.
 * Used by one thread at a time (the twin's recompute); readers get immutable values.
 */
final class MatrixTracker {

    private static final int LARGEST = 10;

    private final NetworkIndex index;
    private final LiveTwinSettings settings;
    private final TomogravityEstimator estimator = TomogravityEstimator.standard();
    private final Deque<double[]> history = new ArrayDeque<>();
    private volatile TrafficMatrix current = TrafficMatrix.EMPTY;
    private volatile Optional<MatrixEstimate> estimate = Optional.empty();
    private volatile Optional<Fidelity> fidelity = Optional.empty();
    private volatile Optional<LinkObservation> observation = Optional.empty();
    private volatile double[] predicted;
    private int windowsOver;
    private long failures;

    MatrixTracker(NetworkIndex index, LiveTwinSettings settings) {
        this.index = index;
        this.settings = settings;
        this.predicted = nan(index.directions());
    }

    /** Closes a window whose mean carried rates (bit/s, NaN = unobserved) are {@code windowRate}. */
    void window(Instant now, Topology live, double[] windowRate) {
        double[] measured = new double[windowRate.length];
        for (int d = 0; d < measured.length; d++) {
            measured[d] = live.link(index.links.get(d / 2).id()).isPresent() ? windowRate[d] / index.capacityBps(d)
                    : Double.NaN;
        }
        if (!current.isEmpty()) {
            double[] ahead = route(current, live);
            Optional<Fidelity> f = FidelityCheck.of(now, index, measured, ahead, false);
            if (f.isPresent()) {
                windowsOver = f.get().meanAbsoluteError() > settings.fidelityAlarm() ? windowsOver + 1 : 0;
                boolean drifting = windowsOver >= settings.fidelityPersistence();
                fidelity = FidelityCheck.of(now, index, measured, ahead, drifting);
                record(now, f.get().meanAbsoluteError());
            }
        }
        estimate(now, live, windowRate);
        predicted = route(current, live);
    }

    /** The prediction of the current matrix on a changed topology (after a link or node went down or came back). */
    void reroute(Topology live) {
        predicted = route(current, live);
    }

    TrafficMatrix current() {
        return current;
    }

    Optional<MatrixEstimate> estimate() {
        return estimate;
    }

    Optional<Fidelity> fidelity() {
        return fidelity;
    }

    Optional<LinkObservation> observation() {
        return observation;
    }

    double[] predicted() {
        return predicted;
    }

    synchronized List<double[]> history() {
        List<double[]> out = new ArrayList<>();
        history.forEach(h -> out.add(h.clone()));
        return out;
    }

    /** Windows whose estimate failed (e.g. no loads at all); the previous matrix is kept. */
    long failures() {
        return failures;
    }

    private synchronized void record(Instant now, double mae) {
        history.addLast(new double[] {now.toEpochMilli(), mae});
        while (history.size() > settings.historyLength()) {
            history.removeFirst();
        }
    }

    private void estimate(Instant now, Topology live, double[] windowRate) {
        Map<LinkDirection, DataRate> loads = new HashMap<>();
        for (int d = 0; d < windowRate.length; d++) {
            Link link = index.links.get(d / 2);
            if (Double.isFinite(windowRate[d]) && live.link(link.id()).isPresent()) {
                loads.put(new LinkDirection(link.id(), index.from(d)), DataRate.ofBps(Math.max(0, windowRate[d])));
            }
        }
        if (loads.isEmpty() || live.nodes().size() < 2) {
            failures++;
            return;
        }
        LinkObservation obs = LinkObservation.of(loads);
        if (settings.nodeTotals()) {
            obs = obs.withTotals(totals(live, loads));
        }
        try {
            TrafficMatrix m = estimator.estimate(live, obs);
            current = m;
            observation = Optional.of(obs);
            estimate = Optional.of(describe(now, m, live, loads));
        } catch (IllegalArgumentException e) {
            failures++;
        }
    }

    /**
     * Node totals observable honestly from access links: a traffic endpoint (host, gNB, core or edge server) does not
     * forward, so what leaves it on its links is what it originates and what enters is what it terminates; routers
     * and switches originate and terminate no user traffic.
     */
    static NodeTotals totals(Topology live, Map<LinkDirection, DataRate> loads) {
        Map<NodeId, DataRate> in = new HashMap<>();
        Map<NodeId, DataRate> out = new HashMap<>();
        for (Node n : live.nodes()) {
            in.put(n.id(), DataRate.ZERO);
            out.put(n.id(), DataRate.ZERO);
        }
        for (Map.Entry<LinkDirection, DataRate> e : loads.entrySet()) {
            NodeId from = e.getKey().from();
            NodeId to = live.link(e.getKey().link()).orElseThrow().opposite(from);
            if (endpoint(live, from)) {
                in.merge(from, e.getValue(), DataRate::plus);
            }
            if (endpoint(live, to)) {
                out.merge(to, e.getValue(), DataRate::plus);
            }
        }
        return new NodeTotals(in, out);
    }

    private static boolean endpoint(Topology t, NodeId n) {
        NodeKind kind = t.node(n).orElseThrow().kind();
        return kind != NodeKind.ROUTER && kind != NodeKind.SWITCH;
    }

    private MatrixEstimate describe(Instant now, TrafficMatrix m, Topology live, Map<LinkDirection, DataRate> loads) {
        List<PairRate> pairs = pairs(m);
        LinkLoads routed = LoadComputation.of(live).route(m, RoutingMode.ECMP);
        double diff = 0;
        double norm = 0;
        for (DirectedLoad d : routed.directions()) {
            DataRate y = loads.get(new LinkDirection(d.link(), d.from()));
            if (y != null) {
                diff += Math.pow(d.load().bitsPerSecond() - y.bitsPerSecond(), 2);
                norm += Math.pow(y.bitsPerSecond(), 2);
            }
        }
        return new MatrixEstimate(now, pairs.size(), m.total().bitsPerSecond(),
                pairs.subList(0, Math.min(LARGEST, pairs.size())), norm > 0 ? Math.sqrt(diff / norm) : 0);
    }

    /** The pairs carrying traffic, largest first. */
    static List<PairRate> pairs(TrafficMatrix m) {
        List<PairRate> out = new ArrayList<>();
        for (Demand d : m.demands()) {
            if (d.rate().bitsPerSecond() > 0) {
                out.add(new PairRate(d.origin().value(), d.destination().value(), d.rate().bitsPerSecond()));
            }
        }
        out.sort(Comparator.comparingDouble(PairRate::rateBps).reversed());
        return out;
    }

    /** Utilisation per direction of {@code m} routed by ECMP on {@code live}; NaN for directions not in it. */
    private double[] route(TrafficMatrix m, Topology live) {
        double[] u = nan(index.directions());
        if (m.isEmpty()) {
            return u;
        }
        LinkLoads loads = LoadComputation.of(live).route(m, RoutingMode.ECMP);
        for (DirectedLoad d : loads.directions()) {
            index.link(d.link().value()).ifPresent(l -> {
                int dir = 2 * l + (index.links.get(l).a().equals(d.from()) ? 0 : 1);
                u[dir] = d.load().bitsPerSecond() / index.capacityBps(dir);
            });
        }
        return u;
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
