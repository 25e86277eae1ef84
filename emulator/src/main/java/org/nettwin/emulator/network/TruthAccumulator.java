package org.nettwin.emulator.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nettwin.emulator.truth.DirectionTruth;
import org.nettwin.emulator.truth.LinkState;
import org.nettwin.emulator.truth.TruthSecond;
import org.nettwin.model.topology.Link;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;

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
    private double unrouted;
    private long secondStart = -1;
    private long covered;

    TruthAccumulator(Fabric fabric, int pairCount) {
        this.fabric = fabric;
        offered = new double[fabric.arcCount()];
        carried = new double[fabric.arcCount()];
        pairs = new double[pairCount];
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
        }
        unrouted += flows.unrouted * stepNanos;
        covered += stepNanos;
    }

    /** The completed second (means over the time its steps covered); resets the sums. */
    TruthSecond complete(Instant epoch, Controls controls, Demands demands, Map<String, Long> clockOffsets) {
        double span = Math.max(1, covered);
        List<DirectionTruth> directions = new ArrayList<>(offered.length);
        for (int arc = 0; arc < offered.length; arc++) {
            Link link = fabric.links[arc >> 1];
            directions.add(new DirectionTruth(link.id(), fabric.nodes[fabric.tail[arc]].id(),
                    fabric.nodes[fabric.head[arc]].id(), DataRate.ofBps(offered[arc] / span),
                    DataRate.ofBps(carried[arc] / span), state(controls, arc >> 1)));
        }
        List<Demand> demandList = new ArrayList<>(pairs.length);
        for (int p = 0; p < pairs.length; p++) {
            demandList.add(new Demand(demands.pair(p).toString(), fabric.nodes[demands.origin[p]].id(),
                    fabric.nodes[demands.destination[p]].id(), DataRate.ofBps(pairs[p] / span)));
        }
        TruthSecond second = new TruthSecond(secondStart, epoch.plusNanos(secondStart), directions,
                new TrafficMatrix(demandList), DataRate.ofBps(unrouted / span), clockOffsets);
        Arrays.fill(offered, 0);
        Arrays.fill(carried, 0);
        Arrays.fill(pairs, 0);
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
