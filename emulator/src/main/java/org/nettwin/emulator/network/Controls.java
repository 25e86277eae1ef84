package org.nettwin.emulator.network;

import java.util.Arrays;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Topology;

/**
 * The mutable state of the emulated network's elements: failed links and nodes, reboots in progress, interfaces'
 * admin state, routing metrics, shaping rates and degradations. Whoever changes something that moves routes sets
 * {@link #routesChanged}. Guarded by the network's lock.
 */
final class Controls {

    private final Fabric fabric;
    final boolean[] linkFailed;
    final boolean[] enabled;
    final int[] metric;
    final double[] loss;
    final long[] extraDelayNanos;
    final double[] shapingBps;
    final boolean[] nodeFailed;
    final long[] rebootUntil;
    boolean routesChanged = true;

    Controls(Fabric fabric) {
        this.fabric = fabric;
        int links = fabric.linkCount();
        linkFailed = new boolean[links];
        enabled = new boolean[2 * links];
        Arrays.fill(enabled, true);
        metric = new int[links];
        for (int l = 0; l < links; l++) {
            metric[l] = fabric.links[l].metric();
        }
        loss = new double[links];
        extraDelayNanos = new long[links];
        shapingBps = new double[2 * links];
        nodeFailed = new boolean[fabric.nodeCount()];
        rebootUntil = new long[fabric.nodeCount()];
    }

    /** Whether the node is up (not failed, not rebooting) at model time {@code now}. */
    boolean nodeUp(int node, long now) {
        return !nodeFailed[node] && now >= rebootUntil[node];
    }

    /** Whether the link can carry traffic: not failed, both interfaces enabled, both ends up. */
    boolean linkUp(int link, long now) {
        return !linkFailed[link] && enabled[2 * link] && enabled[2 * link + 1]
                && nodeUp(fabric.tail[2 * link], now) && nodeUp(fabric.head[2 * link], now);
    }

    /** The rate the arc's egress can send: its capacity, or its shaping rate when lower. */
    double egressBps(int arc) {
        double cap = fabric.capacityBps[arc];
        double shaping = shapingBps[arc];
        return shaping > 0 ? Math.min(cap, shaping) : cap;
    }

    /** Whether any reboot ends in (from, to]: routes must then be rebuilt. */
    boolean rebootEndsWithin(long from, long to) {
        for (long until : rebootUntil) {
            if (until > from && until <= to) {
                return true;
            }
        }
        return false;
    }

    /** The topology traffic is routed on at {@code now}: without what is down, with the current metrics. */
    Topology routedTopology(long now) {
        Topology t = fabric.topology;
        for (int n = 0; n < fabric.nodeCount(); n++) {
            if (!nodeUp(n, now)) {
                t = t.withoutNode(fabric.nodes[n].id());
            }
        }
        for (int l = 0; l < fabric.linkCount(); l++) {
            Link link = fabric.links[l];
            boolean present = t.link(link.id()).isPresent();
            if (present && !linkUp(l, now)) {
                t = t.withoutLink(link.id());
            } else if (present && metric[l] != link.metric()) {
                t = t.withLink(link.withMetric(metric[l]));
            }
        }
        return t;
    }
}
