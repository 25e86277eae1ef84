package org.nettwin.emulator.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nettwin.emulator.truth.LinkState;
import org.nettwin.emulator.truth.TruthLayout;
import org.nettwin.emulator.truth.TruthSecond;
import org.nettwin.model.traffic.OdPair;

/**
 * Sums each second's steps (a step counts in the second it starts in) into per-direction and per-pair means, and
 * turns a completed second into a {@link TruthSecond}. Allocates only once per second.
 */
final class TruthAccumulator {

    private static final long SECOND = 1_000_000_000L;

    private final Fabric fabric;
    private final double[] offered;
    private final double[] carried;
    private final double[] pairs;
    private final double[] delivered;
    private final TruthLayout layout;
    private double unrouted;
    private long secondStart = -1;
    private long covered;

    TruthAccumulator(Fabric fabric, Demands demands) {
        this.fabric = fabric;
        offered = new double[fabric.arcCount()];
        carried = new double[fabric.arcCount()];
        pairs = new double[demands.size()];
        delivered = new double[demands.size()];
        List<TruthLayout.Direction> directions = new ArrayList<>(offered.length);
        for (int arc = 0; arc < offered.length; arc++) {
            directions.add(new TruthLayout.Direction(fabric.links[arc >> 1].id(), fabric.nodes[fabric.tail[arc]].id(),
                    fabric.nodes[fabric.head[arc]].id()));
        }
        List<OdPair> pairList = new ArrayList<>(pairs.length);
        for (int p = 0; p < pairs.length; p++) {
            pairList.add(demands.pair(p));
        }
        layout = new TruthLayout(directions, pairList);
    }

    /** Whether a step starting at {@code now} begins a new second (the previous one is complete). */
    boolean startsNewSecond(long now) {
        return secondStart >= 0 && now >= secondStart + SECOND;
    }

    /** Adds one step of {@code stepNanos} starting at {@code now}. */
    void add(long now, long stepNanos, FlowSolver flows, Demands demands) {
        if (secondStart < 0) {
            secondStart = now - now % SECOND;
        }
        for (int arc = 0; arc < offered.length; arc++) {
            offered[arc] += flows.offered[arc] * stepNanos;
            carried[arc] += flows.carried[arc] * stepNanos;
        }
        for (int p = 0; p < pairs.length; p++) {
            pairs[p] += demands.offered[p] * stepNanos;
            delivered[p] += flows.delivered[p] * stepNanos;
        }
        unrouted += flows.unrouted * stepNanos;
        covered += stepNanos;
    }

    /** The completed second (means over the time its steps covered); resets the sums. */
    TruthSecond complete(Instant epoch, Controls controls, Map<String, Long> clockOffsets) {
        double span = Math.max(1, covered);
        LinkState[] states = new LinkState[offered.length];
        for (int arc = 0; arc < offered.length; arc++) {
            offered[arc] /= span;
            carried[arc] /= span;
            states[arc] = state(controls, arc >> 1);
        }
        for (int p = 0; p < pairs.length; p++) {
            pairs[p] /= span;
            delivered[p] /= span;
        }
        TruthSecond second = new TruthSecond(secondStart, epoch.plusNanos(secondStart), layout, offered, carried,
                Arrays.asList(states), pairs, delivered, unrouted / span, clockOffsets);
        Arrays.fill(offered, 0);
        Arrays.fill(carried, 0);
        Arrays.fill(pairs, 0);
        Arrays.fill(delivered, 0);
        unrouted = 0;
        covered = 0;
        secondStart = -1;
        return second;
    }

    private LinkState state(Controls controls, int link) {
        if (!controls.linkUp(link, secondStart + SECOND - 1)) {
            return LinkState.DOWN;
        }
        return controls.loss[link] > 0 || controls.extraDelayNanos[link] > 0 ? LinkState.DEGRADED : LinkState.UP;
    }
}
