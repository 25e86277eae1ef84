package org.nettwin.model.traffic;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.units.DataRate;

/**
 * A time series of traffic matrices over fixed nodes and ordered origin-destination pairs: entry (i, pair) is the
 * mean rate in bit/s during interval i, or missing (stored as NaN; a missing entry is not a measured zero).
 * Times are local date-times because the sources do not state a time zone; they strictly increase.
 * Immutable: the values are copied in and never handed out.
 */
public final class TrafficMatrixSeries {

    private final List<NodeId> nodes;
    private final List<OdPair> pairs;
    private final Map<OdPair, Integer> pairIndex;
    private final List<LocalDateTime> times;
    private final double[] values;
    private final int missing;

    private TrafficMatrixSeries(List<NodeId> nodes, List<OdPair> pairs, List<LocalDateTime> times, double[] values) {
        this.nodes = List.copyOf(nodes);
        this.pairs = List.copyOf(pairs);
        this.times = List.copyOf(times);
        this.values = values;
        this.pairIndex = new HashMap<>();
        Set<NodeId> known = new HashSet<>(this.nodes);
        if (known.size() != this.nodes.size()) {
            throw new IllegalArgumentException("duplicate node in " + this.nodes);
        }
        for (OdPair p : this.pairs) {
            if (pairIndex.put(p, pairIndex.size()) != null) {
                throw new IllegalArgumentException("duplicate pair " + p);
            }
            if (!known.contains(p.origin()) || !known.contains(p.destination())) {
                throw new IllegalArgumentException("pair " + p + " joins a node that is not in the series");
            }
        }
        for (int i = 1; i < this.times.size(); i++) {
            if (!this.times.get(i).isAfter(this.times.get(i - 1))) {
                throw new IllegalArgumentException("times must increase: " + this.times.get(i) + " after "
                        + this.times.get(i - 1));
            }
        }
        int count = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                count++;
            } else if (!Double.isFinite(v) || v < 0) {
                throw new IllegalArgumentException("rates must be finite and >= 0 bit/s or NaN (missing), got " + v);
            }
        }
        this.missing = count;
    }

    /**
     * A series from rows of values: {@code bitsPerSecond[i][p]} is the rate of {@code pairs.get(p)} at
     * {@code times.get(i)} in bit/s, NaN when missing.
     *
     * @throws IllegalArgumentException on duplicate nodes or pairs, a pair with an unknown node, times that do not
     *     increase, rows of the wrong length or a negative or infinite rate
     */
    public static TrafficMatrixSeries of(List<NodeId> nodes, List<OdPair> pairs, List<LocalDateTime> times,
                                         double[][] bitsPerSecond) {
        requireNonNull(bitsPerSecond, "bitsPerSecond");
        if (bitsPerSecond.length != times.size()) {
            throw new IllegalArgumentException(bitsPerSecond.length + " rows for " + times.size() + " times");
        }
        double[] flat = new double[Math.multiplyExact(times.size(), pairs.size())];
        for (int i = 0; i < bitsPerSecond.length; i++) {
            if (bitsPerSecond[i].length != pairs.size()) {
                throw new IllegalArgumentException("row " + i + " has " + bitsPerSecond[i].length + " values for "
                        + pairs.size() + " pairs");
            }
            System.arraycopy(bitsPerSecond[i], 0, flat, i * pairs.size(), pairs.size());
        }
        return new TrafficMatrixSeries(nodes, pairs, times, flat);
    }

    /** The number of matrices (time steps). */
    public int size() {
        return times.size();
    }

    /** The nodes, in the order they first appear in the pairs (or as given). */
    public List<NodeId> nodes() {
        return nodes;
    }

    /** The origin-destination pairs, in column order. */
    public List<OdPair> pairs() {
        return pairs;
    }

    public List<LocalDateTime> times() {
        return times;
    }

    /** The start of interval {@code i}. */
    public LocalDateTime time(int i) {
        return times.get(i);
    }

    /** The matrix at step {@code i}: one demand {@code ORIGIN->DESTINATION} per pair that is not missing. */
    public TrafficMatrix matrix(int i) {
        Objects.checkIndex(i, times.size());
        List<Demand> demands = new ArrayList<>(pairs.size());
        int row = i * pairs.size();
        for (int p = 0; p < pairs.size(); p++) {
            double v = values[row + p];
            if (!Double.isNaN(v)) {
                OdPair pair = pairs.get(p);
                demands.add(new Demand(pair.toString(), pair.origin(), pair.destination(), DataRate.ofBps(v)));
            }
        }
        return new TrafficMatrix(demands);
    }

    /** The rate of {@code pair} at step {@code i}; empty when missing. */
    public Optional<DataRate> value(int i, OdPair pair) {
        double v = values[Objects.checkIndex(i, times.size()) * pairs.size() + column(pair)];
        return Double.isNaN(v) ? Optional.empty() : Optional.of(DataRate.ofBps(v));
    }

    /** The rates of {@code pair} over time in bit/s, NaN where missing (a copy, for numeric work). */
    public double[] bitsPerSecond(OdPair pair) {
        int p = column(pair);
        double[] out = new double[times.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i * pairs.size() + p];
        }
        return out;
    }

    /** How many (step, pair) entries are missing. */
    public int missingCount() {
        return missing;
    }

    private int column(OdPair pair) {
        Integer p = pairIndex.get(pair);
        if (p == null) {
            throw new IllegalArgumentException("pair " + pair + " is not in this series");
        }
        return p;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrafficMatrixSeries s && nodes.equals(s.nodes) && pairs.equals(s.pairs)
                && times.equals(s.times) && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nodes, pairs, times, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        String span = times.isEmpty() ? "empty" : times.get(0) + " .. " + times.get(times.size() - 1);
        return "TrafficMatrixSeries[" + times.size() + " steps (" + span + "), " + nodes.size() + " nodes, "
                + pairs.size() + " pairs, " + missing + " missing]";
    }
}
