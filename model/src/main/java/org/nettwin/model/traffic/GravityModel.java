package org.nettwin.model.traffic;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;

/**
 * The gravity model of traffic: for every ordered pair o != d, rate(o, d) = total * w_o * w_d / sum over i != j of
 * w_i * w_j, so that the rates add up to the total. Weights are finite and >= 0 (dimensionless); at least two are
 * positive. Optional multiplicative log-normal noise comes from a generator passed in, never from a static one.
 */
public final class GravityModel {

    private final List<NodeId> nodes;
    private final double[] weights;
    private final double pairSum;

    private GravityModel(Map<NodeId, Double> ordered) {
        this.nodes = List.copyOf(ordered.keySet());
        this.weights = new double[nodes.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            double w = requireNonNull(ordered.get(nodes.get(i)), "weight");
            if (!Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException("weight of " + nodes.get(i) + " must be finite and >= 0, got " + w);
            }
            weights[i] = w;
            sum += w;
        }
        double pairs = 0;
        for (int o = 0; o < weights.length; o++) {
            pairs += weights[o] * (sum - weights[o]);
        }
        if (!(pairs > 0)) {
            throw new IllegalArgumentException("a gravity model needs at least two nodes with a positive weight");
        }
        if (Double.isInfinite(pairs)) {
            throw new IllegalArgumentException("weights are too large: their pairwise products overflow");
        }
        this.pairSum = pairs;
    }

    /** A model with explicit weights; nodes are taken in id order so that results do not depend on the map type. */
    public static GravityModel ofWeights(Map<NodeId, Double> weights) {
        return new GravityModel(new TreeMap<>(weights));
    }

    /** Weights = the number of links at each node, in topology order. */
    public static GravityModel byDegree(Topology topology) {
        Map<NodeId, Double> weights = new LinkedHashMap<>();
        for (Node n : topology.nodes()) {
            weights.put(n.id(), (double) topology.linksAt(n.id()).size());
        }
        return new GravityModel(weights);
    }

    /** Weights = the sum of the capacities (bit/s) of the links at each node, in topology order. */
    public static GravityModel byCapacity(Topology topology) {
        Map<NodeId, Double> weights = new LinkedHashMap<>();
        for (Node n : topology.nodes()) {
            double capacity = 0;
            for (Link l : topology.linksAt(n.id())) {
                capacity += l.capacity().bitsPerSecond();
            }
            weights.put(n.id(), capacity);
        }
        return new GravityModel(weights);
    }

    /** The weights, in the order the matrix lists origins and destinations. */
    public Map<NodeId, Double> weights() {
        Map<NodeId, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < weights.length; i++) {
            out.put(nodes.get(i), weights[i]);
        }
        return Collections.unmodifiableMap(out);
    }

    /** The noise-free matrix: one demand {@code O->D} for every ordered pair, rates adding up to {@code total}. */
    public TrafficMatrix matrix(DataRate total) {
        return build(total, 0, null);
    }

    /**
     * The matrix with each rate multiplied by exp(sigma * Z - sigma^2 / 2), Z standard normal from {@code random}:
     * log-normal noise with mean 1, so totals match in expectation (not exactly). Sigma 0 gives the noise-free matrix.
     */
    public TrafficMatrix matrix(DataRate total, double sigma, RandomGenerator random) {
        requireNonNull(random, "random");
        if (!Double.isFinite(sigma) || sigma < 0) {
            throw new IllegalArgumentException("sigma must be finite and >= 0, got " + sigma);
        }
        return build(total, sigma, random);
    }

    private TrafficMatrix build(DataRate total, double sigma, RandomGenerator random) {
        requireNonNull(total, "total");
        List<Demand> demands = new ArrayList<>(nodes.size() * (nodes.size() - 1));
        for (int o = 0; o < nodes.size(); o++) {
            for (int d = 0; d < nodes.size(); d++) {
                if (o == d) {
                    continue;
                }
                double rate = total.bitsPerSecond() * (weights[o] * weights[d] / pairSum);
                if (sigma > 0) {
                    rate *= Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2);
                }
                NodeId origin = nodes.get(o);
                NodeId destination = nodes.get(d);
                demands.add(new Demand(origin + "->" + destination, origin, destination, DataRate.ofBps(rate)));
            }
        }
        return new TrafficMatrix(demands);
    }
}
