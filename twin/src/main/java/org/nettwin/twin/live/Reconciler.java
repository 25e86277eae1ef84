package org.nettwin.twin.live;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLongArray;
import org.nettwin.twin.state.ElementStatus;

/**
 * Turns a {@link Readings.Snapshot} and the interfaces' reports into {@link Reconciled} figures. Carried rate of a
 * direction = the larger of the sender's out-octets and the receiver's in-octets rates × 8 (see {@link #carried});
 * loss = the receiver's
 * in-errors / the sender's out-pkts; a link is DOWN when an end reports DOWN (or is disabled); a node is UP when heard
 * within the stale limit, DOWN when silent and every peer interface towards it reports DOWN, else STALE (UNKNOWN
 * until the stale limit has passed since the start without hearing it).
 */
final class Reconciler {

    private final NetworkIndex index;
    private final Interfaces interfaces;
    private final AtomicLongArray heard;
    private final long staleMillis;
    private final long startMillis;

    Reconciler(NetworkIndex index, Interfaces interfaces, AtomicLongArray heard, long staleMillis, long startMillis) {
        this.index = index;
        this.interfaces = interfaces;
        this.heard = heard;
        this.staleMillis = staleMillis;
        this.startMillis = startMillis;
    }

    Reconciled reconcile(Readings.Snapshot snap, long nowMillis) {
        int dirs = index.directions();
        double[][] counters = new double[SeriesRole.Kind.values().length][];
        double[][] window = new double[2][dirs];
        for (SeriesRole.Kind k : List.of(SeriesRole.Kind.OUT_OCTETS, SeriesRole.Kind.IN_OCTETS,
                SeriesRole.Kind.OUT_PKTS, SeriesRole.Kind.IN_ERRORS, SeriesRole.Kind.OUT_DISCARDS)) {
            counters[k.ordinal()] = nan(dirs);
        }
        Arrays.fill(window[0], Double.NaN);
        Arrays.fill(window[1], Double.NaN);
        List<Map<String, Double>> raw = new ArrayList<>();
        for (int n = 0; n < index.nodeCount(); n++) {
            raw.add(new TreeMap<>());
        }
        for (int k = 0; k < snap.roles().size(); k++) {
            place(snap.roles().get(k), snap.latest()[k], snap.windowMean()[k], counters, window, raw);
        }
        double[] out = counters[SeriesRole.Kind.OUT_OCTETS.ordinal()];
        double[] in = counters[SeriesRole.Kind.IN_OCTETS.ordinal()];
        double[] rate = new double[dirs];
        double[] util = new double[dirs];
        double[] loss = new double[dirs];
        double[] windowRate = new double[dirs];
        for (int d = 0; d < dirs; d++) {
            rate[d] = carried(out[d], in[d], index.capacityBps(d));
            util[d] = rate[d] / index.capacityBps(d);
            windowRate[d] = carried(window[0][d], window[1][d], index.capacityBps(d));
            double pkts = counters[SeriesRole.Kind.OUT_PKTS.ordinal()][d];
            double errors = counters[SeriesRole.Kind.IN_ERRORS.ordinal()][d];
            loss[d] = pkts > 0 ? Math.min(1, errors / pkts) : Double.isNaN(errors) || Double.isNaN(pkts) ? Double.NaN : 0;
        }
        ElementStatus[] links = linkStatus();
        long[] seen = new long[index.nodeCount()];
        ElementStatus[] nodes = nodeStatus(nowMillis, seen);
        return new Reconciled(rate, util, loss, counters[SeriesRole.Kind.OUT_DISCARDS.ordinal()], windowRate, links,
                nodes, seen, NodeKpis.of(index, raw));
    }

    /**
     * The carried rate (bit/s) of a direction from the sender's out-octets and the receiver's in-octets rates (B/s,
     * NaN = not reported): the larger of the two that are physically possible (at most 5 % above capacity). The
     * larger, because the two ways a counter misleads both undercount: losses on the wire (in < out) and a 32-bit
     * counter wrapping more than once between two samples (the wraps in between are invisible).
     */
    static double carried(double outBytes, double inBytes, double capacityBps) {
        double limit = 1.05 * capacityBps;
        double o = 8 * outBytes <= limit ? 8 * outBytes : Double.NaN;
        double i = 8 * inBytes <= limit ? 8 * inBytes : Double.NaN;
        if (Double.isNaN(o)) {
            return i;
        }
        return Double.isNaN(i) ? o : Math.max(o, i);
    }

    private static void place(SeriesRole role, double latest, double mean, double[][] counters, double[][] window,
                              List<Map<String, Double>> raw) {
        if (role.port() == null) {
            if (!Double.isNaN(latest)) {
                String key = role.kind() == SeriesRole.Kind.CELL ? role.kpi() : role.kind().name();
                raw.get(role.node()).merge(key, latest, Double::sum);
                if (role.kind() == SeriesRole.Kind.CELL) {
                    raw.get(role.node()).merge("cells:" + key, 1.0, Double::sum);
                }
            }
            return;
        }
        boolean sent = role.kind() != SeriesRole.Kind.IN_OCTETS && role.kind() != SeriesRole.Kind.IN_ERRORS;
        int d = sent ? role.port().outDirection() : role.port().inDirection();
        if (d < 0) {
            return;
        }
        double[] target = counters[role.kind().ordinal()];
        if (!Double.isNaN(latest)) {
            target[d] = latest;
        }
        if (!Double.isNaN(mean) && role.kind() == SeriesRole.Kind.OUT_OCTETS) {
            window[0][d] = mean;
        } else if (!Double.isNaN(mean) && role.kind() == SeriesRole.Kind.IN_OCTETS) {
            window[1][d] = mean;
        }
    }

    private ElementStatus[] linkStatus() {
        ElementStatus[] status = new ElementStatus[index.linkCount()];
        Arrays.fill(status, ElementStatus.UNKNOWN);
        for (int n = 0; n < index.nodeCount(); n++) {
            for (Port p : interfaces.ports(n)) {
                int l = p.link;
                if (l < 0) {
                    continue;
                }
                if (p.reportsDown()) {
                    status[l] = ElementStatus.DOWN;
                } else if (p.oper == ElementStatus.UP && status[l] != ElementStatus.DOWN) {
                    status[l] = ElementStatus.UP;
                }
            }
        }
        return status;
    }

    private ElementStatus[] nodeStatus(long now, long[] seen) {
        ElementStatus[] status = new ElementStatus[index.nodeCount()];
        for (int n = 0; n < status.length; n++) {
            seen[n] = heard.get(n);
            if (seen[n] != 0 && now - seen[n] <= staleMillis) {
                status[n] = ElementStatus.UP;
            } else if (corroboratedDown(n)) {
                status[n] = ElementStatus.DOWN;
            } else {
                status[n] = seen[n] == 0 && now - startMillis <= staleMillis ? ElementStatus.UNKNOWN
                        : ElementStatus.STALE;
            }
        }
        return status;
    }

    /** Every link of {@code node} has a peer interface that reports DOWN (and there is at least one link). */
    private boolean corroboratedDown(int node) {
        int[] links = index.linksAt(node);
        if (links.length == 0) {
            return false;
        }
        for (int l : links) {
            int peer = index.endNode(l, 1 - index.side(l, node));
            boolean down = false;
            for (Port p : interfaces.ports(peer)) {
                down |= p.link == l && p.reportsDown();
            }
            if (!down) {
                return false;
            }
        }
        return true;
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
