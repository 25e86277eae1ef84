package org.nettwin.emulator.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nettwin.emulator.fault.Fault;
import org.nettwin.emulator.traffic.TrafficProfile;
import org.nettwin.emulator.traffic.TrafficShape;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.NodeKind;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.GravityModel;
import org.nettwin.model.traffic.OdPair;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.traffic.TrafficMatrixSeries;
import org.nettwin.sim.random.RandomStream;

/**
 * The origin-destination pairs of the emulated traffic (grouped by destination: the pairs towards {@code d} are
 * {@code pairStart[d] .. pairStart[d + 1] - 1}) and, each step, the rate offered on each: base x profile multiplier x
 * active surges. The base is a gravity matrix over the traffic endpoints (hosts, gNBs, core and edge servers; every
 * node when there are fewer than two) or, in replay, the series' matrix of the current interval.
 */
final class Demands {

    final int[] origin;
    final int[] destination;
    final int[] pairStart;
    final double[] base;
    final double[] offered;
    private final double[] multiplier;
    private final double[] surge;
    private final TrafficShape shape;
    private final Fabric fabric;
    private final Replay replay;
    private final List<Fault.Surge> surges = new ArrayList<>();
    private final List<Long> surgeEnds = new ArrayList<>();
    private int replayRow = -1;

    /** The series replayed, each of its matrices lasting {@code intervalNanos} of model time (looping at the end). */
    record Replay(TrafficMatrixSeries series, long intervalNanos, int[] column) {
    }

    private Demands(Fabric fabric, List<OdPair> pairs, TrafficProfile profile, RandomStream random, Replay replay) {
        this.fabric = fabric;
        this.replay = replay;
        int count = pairs.size();
        Integer[] sorted = new Integer[count];
        for (int p = 0; p < count; p++) {
            sorted[p] = p;
        }
        Arrays.sort(sorted, (x, y) -> Integer.compare(index(pairs.get(x).destination()),
                index(pairs.get(y).destination())));
        origin = new int[count];
        destination = new int[count];
        pairStart = new int[fabric.nodeCount() + 1];
        int[] column = new int[count];
        for (int p = 0; p < count; p++) {
            origin[p] = index(pairs.get(sorted[p]).origin());
            destination[p] = index(pairs.get(sorted[p]).destination());
            column[p] = sorted[p];
            pairStart[destination[p] + 1]++;
        }
        for (int d = 0; d < fabric.nodeCount(); d++) {
            pairStart[d + 1] += pairStart[d];
        }
        base = new double[count];
        offered = new double[count];
        multiplier = new double[count];
        surge = new double[count];
        Arrays.fill(surge, 1);
        if (replay != null) {
            System.arraycopy(column, 0, replay.column, 0, count);
        }
        this.shape = new TrafficShape(profile, origin, fabric.nodeCount(), random);
    }

    private int index(NodeId id) {
        int at = fabric.node(id);
        if (at < 0) {
            throw new IllegalArgumentException("traffic names node " + id + ", which is not in the topology");
        }
        return at;
    }

    /** Gravity pairs over the endpoints, with unit total (scaled later by the calibration). */
    static Demands synthetic(Fabric fabric, TrafficProfile profile, RandomStream random) {
        Map<NodeId, Double> weights = new LinkedHashMap<>();
        for (int n = 0; n < fabric.nodeCount(); n++) {
            NodeKind kind = fabric.nodes[n].kind();
            if (kind != NodeKind.ROUTER && kind != NodeKind.SWITCH) {
                weights.put(fabric.nodes[n].id(), capacityAt(fabric, n));
            }
        }
        if (weights.size() < 2) {
            weights.clear();
            for (int n = 0; n < fabric.nodeCount(); n++) {
                weights.put(fabric.nodes[n].id(), capacityAt(fabric, n));
            }
        }
        List<OdPair> pairs = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        if (weights.values().stream().filter(w -> w > 0).count() >= 2) {
            TrafficMatrix unit = GravityModel.ofWeights(weights).matrix(org.nettwin.model.units.DataRate.ofBps(1));
            for (Demand d : unit.demands()) {
                pairs.add(new OdPair(d.origin(), d.destination()));
                rates.add(d.rate().bitsPerSecond());
            }
        }
        Demands demands = new Demands(fabric, pairs, profile, random, null);
        Map<OdPair, Double> byPair = new LinkedHashMap<>();
        for (int p = 0; p < pairs.size(); p++) {
            byPair.put(pairs.get(p), rates.get(p));
        }
        for (int p = 0; p < demands.base.length; p++) {
            demands.base[p] = byPair.get(demands.pair(p));
        }
        return demands;
    }

    /** The pairs of {@code series}, replayed one matrix per {@code intervalNanos}; diurnal cycle off. */
    static Demands replay(Fabric fabric, TrafficMatrixSeries series, long intervalNanos, TrafficProfile profile,
                          RandomStream random) {
        Replay replay = new Replay(series, intervalNanos, new int[series.pairs().size()]);
        return new Demands(fabric, series.pairs(), profile.withDiurnal(0, profile.diurnalPeriod()), random, replay);
    }

    private static double capacityAt(Fabric fabric, int node) {
        double sum = 0;
        for (int arc : fabric.interfacesOf[node]) {
            sum += fabric.capacityBps[arc];
        }
        return sum;
    }

    int size() {
        return origin.length;
    }

    OdPair pair(int p) {
        return new OdPair(fabric.nodes[origin[p]].id(), fabric.nodes[destination[p]].id());
    }

    boolean isReplay() {
        return replay != null;
    }

    /** Multiplies every base rate by {@code factor} (the calibration to the target peak utilisation). */
    void scale(double factor) {
        for (int p = 0; p < base.length; p++) {
            base[p] *= factor;
        }
    }

    /** Starts a surge lasting until model time {@code end}. */
    void surge(Fault.Surge s, long end) {
        surges.add(s);
        surgeEnds.add(end);
        refreshSurges();
    }

    /** Computes {@link #offered} for the step starting at {@code now}. */
    void offer(long now, long stepNanos) {
        expireSurges(now);
        if (replay != null) {
            loadReplay(now);
        }
        shape.multipliers(now, stepNanos, multiplier);
        for (int p = 0; p < offered.length; p++) {
            offered[p] = base[p] * multiplier[p] * surge[p];
        }
    }

    private void loadReplay(long now) {
        TrafficMatrixSeries series = replay.series;
        int row = (int) ((now / replay.intervalNanos) % series.size());
        if (row == replayRow) {
            return;
        }
        replayRow = row;
        for (int p = 0; p < base.length; p++) {
            base[p] = series.value(row, series.pairs().get(replay.column[p])).map(r -> r.bitsPerSecond()).orElse(0.0);
        }
    }

    private void expireSurges(long now) {
        boolean changed = false;
        for (int s = surges.size() - 1; s >= 0; s--) {
            if (surgeEnds.get(s) <= now) {
                surges.remove(s);
                surgeEnds.remove(s);
                changed = true;
            }
        }
        if (changed) {
            refreshSurges();
        }
    }

    private void refreshSurges() {
        Arrays.fill(surge, 1);
        for (Fault.Surge s : surges) {
            for (int p = 0; p < surge.length; p++) {
                if (s.matches(fabric.nodes[origin[p]].id(), fabric.nodes[destination[p]].id())) {
                    surge[p] *= s.factor();
                }
            }
        }
    }

    /** The surge multiplier of pair {@code p} now. */
    double surgeOf(int p) {
        return surge[p];
    }
}
