package org.nettwin.twin.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.nettwin.model.routing.EcmpSet;
import org.nettwin.model.routing.Routing;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.OdPair;
import org.nettwin.model.units.DataRate;

/**
 * The linear system A x = y of one observation: x is the rate of every ordered pair of distinct nodes (topology
 * order), each row is an observed link direction (A = the ECMP share of each pair crossing it, y its load in bit/s)
 * or a node total (A = 1 for the pairs it originates or terminates). Rows are sparse.
 */
final class Constraints {

    final List<OdPair> pairs;
    final int[][] columns;
    final double[][] coefficients;
    final double[] measured;
    /** Rows {@code 0 <= r < linkRows} are link directions; the rest are node totals. */
    final int linkRows;

    private Constraints(List<OdPair> pairs, List<int[]> columns, List<double[]> coefficients, List<Double> measured,
            int linkRows) {
        this.pairs = List.copyOf(pairs);
        this.columns = columns.toArray(new int[0][]);
        this.coefficients = coefficients.toArray(new double[0][]);
        this.measured = measured.stream().mapToDouble(Double::doubleValue).toArray();
        this.linkRows = linkRows;
    }

    static Constraints of(Topology topology, LinkObservation observation) {
        Map<LinkDirection, Integer> rowOf = observedRows(topology, observation.loads());
        List<OdPair> pairs = pairs(topology);
        List<List<Integer>> cols = new ArrayList<>();
        List<List<Double>> coefs = new ArrayList<>();
        for (int r = 0; r < rowOf.size(); r++) {
            cols.add(new ArrayList<>());
            coefs.add(new ArrayList<>());
        }
        Routing routing = Routing.of(topology);
        for (int p = 0; p < pairs.size(); p++) {
            OdPair pair = pairs.get(p);
            EcmpSet set = routing.ecmp(pair.origin(), pair.destination()).orElseThrow(() -> new IllegalArgumentException(
                    "no path from " + pair.origin() + " to " + pair.destination() + " in topology " + topology.name()
                            + ": tomogravity needs every pair of nodes connected"));
            for (EcmpSet.Share share : set.shares()) {
                Integer row = rowOf.get(new LinkDirection(share.link(), share.from()));
                if (row != null) {
                    cols.get(row).add(p);
                    coefs.get(row).add(share.fraction());
                }
            }
        }
        List<Double> y = new ArrayList<>(rowOf.keySet().stream()
                .map(d -> observation.loads().get(d).bitsPerSecond()).toList());
        Constraints links = new Constraints(pairs, toInts(cols), toDoubles(coefs), y, rowOf.size());
        return observation.totals().isPresent() ? links.withTotals(topology, observation.totals().get()) : links;
    }

    /** The observed directions in a fixed order (link id, then end), each checked against the topology. */
    private static Map<LinkDirection, Integer> observedRows(Topology topology, Map<LinkDirection, DataRate> loads) {
        for (LinkDirection d : new TreeMap<>(loads).keySet()) {
            Optional<Link> link = topology.link(d.link());
            if (link.isEmpty()) {
                throw new IllegalArgumentException("observed load on unknown link " + d.link() + " (not in topology "
                        + topology.name() + ")");
            }
            if (!link.get().touches(d.from())) {
                throw new IllegalArgumentException("observed load on link " + d.link() + " leaving " + d.from()
                        + ", which is not an end of it");
            }
        }
        Map<LinkDirection, Integer> rows = new java.util.LinkedHashMap<>();
        for (LinkDirection d : new TreeMap<>(loads).keySet()) {
            rows.put(d, rows.size());
        }
        return rows;
    }

    static List<OdPair> pairs(Topology topology) {
        List<OdPair> pairs = new ArrayList<>();
        for (Node o : topology.nodes()) {
            for (Node d : topology.nodes()) {
                if (!o.id().equals(d.id())) {
                    pairs.add(new OdPair(o.id(), d.id()));
                }
            }
        }
        return pairs;
    }

    private Constraints withTotals(Topology topology, NodeTotals totals) {
        List<int[]> cols = new ArrayList<>(List.of(columns));
        List<double[]> coefs = new ArrayList<>(List.of(coefficients));
        List<Double> y = new ArrayList<>();
        for (double v : measured) {
            y.add(v);
        }
        Map<NodeId, List<Integer>> originating = new HashMap<>();
        Map<NodeId, List<Integer>> terminating = new HashMap<>();
        for (int p = 0; p < pairs.size(); p++) {
            originating.computeIfAbsent(pairs.get(p).origin(), k -> new ArrayList<>()).add(p);
            terminating.computeIfAbsent(pairs.get(p).destination(), k -> new ArrayList<>()).add(p);
        }
        for (Node node : topology.nodes()) {
            addTotal(cols, coefs, y, originating.getOrDefault(node.id(), List.of()), total(totals.ingress(), node, "ingress"));
            addTotal(cols, coefs, y, terminating.getOrDefault(node.id(), List.of()), total(totals.egress(), node, "egress"));
        }
        checkNoStrangers(topology, totals);
        return new Constraints(pairs, cols, coefs, y, linkRows);
    }

    private static void addTotal(List<int[]> cols, List<double[]> coefs, List<Double> y, List<Integer> members,
            double total) {
        cols.add(members.stream().mapToInt(Integer::intValue).toArray());
        double[] ones = new double[members.size()];
        java.util.Arrays.fill(ones, 1.0);
        coefs.add(ones);
        y.add(total);
    }

    private static double total(Map<NodeId, DataRate> totals, Node node, String which) {
        DataRate rate = totals.get(node.id());
        if (rate == null) {
            throw new IllegalArgumentException("node totals miss the " + which + " of node " + node.id());
        }
        return rate.bitsPerSecond();
    }

    private static void checkNoStrangers(Topology topology, NodeTotals totals) {
        for (Map<NodeId, DataRate> map : List.of(totals.ingress(), totals.egress())) {
            for (NodeId id : new TreeMap<>(map).keySet()) {
                if (!topology.contains(id)) {
                    throw new IllegalArgumentException("node totals name unknown node " + id + " (not in topology "
                            + topology.name() + ")");
                }
            }
        }
    }

    int rows() {
        return measured.length;
    }

    /** A x for row {@code r}. */
    double rowTimes(int r, double[] x) {
        double s = 0;
        for (int k = 0; k < columns[r].length; k++) {
            s += coefficients[r][k] * x[columns[r][k]];
        }
        return s;
    }

    private static List<int[]> toInts(List<List<Integer>> lists) {
        return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private static List<double[]> toDoubles(List<List<Double>> lists) {
        return lists.stream().map(l -> l.stream().mapToDouble(Double::doubleValue).toArray()).toList();
    }
}
