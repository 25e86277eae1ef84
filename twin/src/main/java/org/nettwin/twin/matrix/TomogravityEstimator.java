package org.nettwin.twin.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.OdPair;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;

/**
 * Estimates the current traffic matrix from link loads with tomogravity (Zhang, Roughan, Duffield, Greenberg,
 * SIGMETRICS 2003): a gravity prior, corrected by the least change weighted by the prior that reproduces the
 * measurements through the model's ECMP routing, negatives clipped and re-fitted by iterative proportional fitting.
 * The result has one demand {@code O->D} per ordered pair of distinct nodes, in topology order. Deterministic.
 *
 * <p>Prior: with node totals, rate(o, d) = ingress(o) egress(d) / total ingress (the simple gravity model). Without
 * them, ingress(o) is approximated by the load leaving o on its observed links and egress(d) by the load entering
 * d (both include transit traffic, which overweights transit hubs), and the prior is scaled by the least-squares
 * factor that best matches the observed loads.
 */
public final class TomogravityEstimator {

    private static final int DEFAULT_REFIT_ROUNDS = 10;

    private final int refitRounds;

    private TomogravityEstimator(int refitRounds) {
        if (refitRounds < 0) {
            throw new IllegalArgumentException("refit rounds must be >= 0, got " + refitRounds);
        }
        this.refitRounds = refitRounds;
    }

    /** The estimator with 10 rounds of proportional re-fitting after clipping negatives. */
    public static TomogravityEstimator standard() {
        return new TomogravityEstimator(DEFAULT_REFIT_ROUNDS);
    }

    /** The same estimator with {@code rounds} (>= 0) rounds of proportional re-fitting. */
    public TomogravityEstimator withRefitRounds(int rounds) {
        return new TomogravityEstimator(rounds);
    }

    /**
     * The estimated matrix behind {@code loads} (and {@code totals} when known) on {@code topology}.
     *
     * @throws IllegalArgumentException naming the culprit for a load on an unknown link or on an end the link does
     *     not have, totals that miss or invent a node, or a pair of nodes with no path between them
     */
    public TrafficMatrix estimate(Topology topology, Map<LinkDirection, DataRate> loads, Optional<NodeTotals> totals) {
        return estimate(topology, new LinkObservation(loads, totals));
    }

    /** The estimated matrix behind {@code observation}; see {@link #estimate(Topology, Map, Optional)}. */
    public TrafficMatrix estimate(Topology topology, LinkObservation observation) {
        Constraints a = Constraints.of(Objects.requireNonNull(topology, "topology"), observation);
        double[] prior = prior(topology, observation, a);
        double[] weightSquared = new double[prior.length];
        for (int p = 0; p < prior.length; p++) {
            weightSquared[p] = prior[p] * prior[p];
        }
        double[] x = DualConjugateGradient.solve(a, prior, weightSquared);
        for (int p = 0; p < x.length; p++) {
            x[p] = Math.max(0, x[p]);
        }
        ProportionalRefit.refit(a, x, refitRounds);
        return matrix(a.pairs, x);
    }

    /** The gravity prior the estimate starts from (the baseline it should beat); same checks as estimate. */
    public TrafficMatrix prior(Topology topology, LinkObservation observation) {
        Constraints a = Constraints.of(Objects.requireNonNull(topology, "topology"), observation);
        return matrix(a.pairs, prior(topology, observation, a));
    }

    private static double[] prior(Topology topology, LinkObservation observation, Constraints a) {
        Map<NodeId, Double> in = new HashMap<>();
        Map<NodeId, Double> out = new HashMap<>();
        if (observation.totals().isPresent()) {
            observation.totals().get().ingress().forEach((n, r) -> in.put(n, r.bitsPerSecond()));
            observation.totals().get().egress().forEach((n, r) -> out.put(n, r.bitsPerSecond()));
        } else {
            for (Map.Entry<LinkDirection, DataRate> e : new TreeMap<>(observation.loads()).entrySet()) {
                Link link = topology.link(e.getKey().link()).orElseThrow();
                in.merge(e.getKey().from(), e.getValue().bitsPerSecond(), Double::sum);
                out.merge(link.opposite(e.getKey().from()), e.getValue().bitsPerSecond(), Double::sum);
            }
        }
        double total = in.values().stream().mapToDouble(Double::doubleValue).sum();
        double[] x = new double[a.pairs.size()];
        if (total <= 0) {
            return x;
        }
        for (int p = 0; p < x.length; p++) {
            OdPair pair = a.pairs.get(p);
            x[p] = in.getOrDefault(pair.origin(), 0.0) * out.getOrDefault(pair.destination(), 0.0) / total;
        }
        return observation.totals().isPresent() ? x : scaledToLinks(a, x);
    }

    /** The prior times the factor minimising the squared mismatch with the observed link loads. */
    private static double[] scaledToLinks(Constraints a, double[] x) {
        double cross = 0;
        double norm = 0;
        for (int r = 0; r < a.linkRows; r++) {
            double fitted = a.rowTimes(r, x);
            cross += fitted * a.measured[r];
            norm += fitted * fitted;
        }
        double factor = norm > 0 ? cross / norm : 0;
        for (int p = 0; p < x.length; p++) {
            x[p] *= factor;
        }
        return x;
    }

    private static TrafficMatrix matrix(List<OdPair> pairs, double[] x) {
        List<Demand> demands = new ArrayList<>(pairs.size());
        for (int p = 0; p < pairs.size(); p++) {
            OdPair pair = pairs.get(p);
            demands.add(new Demand(pair.toString(), pair.origin(), pair.destination(), DataRate.ofBps(x[p])));
        }
        return new TrafficMatrix(demands);
    }
}
