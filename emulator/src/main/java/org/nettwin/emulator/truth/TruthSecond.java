package org.nettwin.emulator.truth;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.OdPair;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;

/**
 * The truth over one second of model time starting at {@code modelNanos} (true time {@code start}), as columns of
 * a shared {@link TruthLayout}: per link direction the mean offered and carried bit/s and the link's state at the
 * end of the second; per origin-destination pair the mean offered bit/s (the true traffic matrix) and the mean bit/s
 * that reached the destination (after congestion drops and losses on degraded links); the offered
 * traffic that found no path; each device's clock offset from true time at the end of the second (ns). Arrays are
 * copied in and out; compact (numbers only) so that minutes of a large network fit in memory.
 */
public record TruthSecond(long modelNanos, Instant start, TruthLayout layout, double[] offeredBps, double[] carriedBps,
                          List<LinkState> states, double[] demandBps, double[] deliveredBps, double unroutedBps,
                          Map<String, Long> clockOffsetNanos) {

    public TruthSecond {
        requireNonNull(start, "start");
        requireNonNull(layout, "layout");
        offeredBps = offeredBps.clone();
        carriedBps = carriedBps.clone();
        states = List.copyOf(states);
        demandBps = demandBps.clone();
        deliveredBps = deliveredBps.clone();
        clockOffsetNanos = Map.copyOf(clockOffsetNanos);
        int n = layout.directions().size();
        if (offeredBps.length != n || carriedBps.length != n || states.size() != n
                || demandBps.length != layout.pairs().size() || deliveredBps.length != demandBps.length) {
            throw new IllegalArgumentException("truth second columns do not match the layout");
        }
    }

    @Override
    public double[] offeredBps() {
        return offeredBps.clone();
    }

    @Override
    public double[] carriedBps() {
        return carriedBps.clone();
    }

    @Override
    public double[] demandBps() {
        return demandBps.clone();
    }

    @Override
    public double[] deliveredBps() {
        return deliveredBps.clone();
    }

    /** The offered traffic that found no path. */
    public DataRate unrouted() {
        return DataRate.ofBps(unroutedBps);
    }

    /** Every direction as a value (built on each call). */
    public List<DirectionTruth> directions() {
        List<DirectionTruth> out = new ArrayList<>(states.size());
        for (int i = 0; i < states.size(); i++) {
            out.add(direction(i));
        }
        return out;
    }

    /** The direction of {@code link} leaving {@code from}; empty when there is none. */
    public Optional<DirectionTruth> direction(LinkId link, NodeId from) {
        int i = layout.directionIndex(link, from);
        return i < 0 ? Optional.empty() : Optional.of(direction(i));
    }

    private DirectionTruth direction(int i) {
        TruthLayout.Direction d = layout.directions().get(i);
        return new DirectionTruth(d.link(), d.from(), d.to(), DataRate.ofBps(offeredBps[i]),
                DataRate.ofBps(carriedBps[i]), states.get(i));
    }

    /** The true mean traffic matrix of the second (built on each call; pairs named {@code ORIGIN->DESTINATION}). */
    public TrafficMatrix matrix() {
        List<Demand> demands = new ArrayList<>(demandBps.length);
        for (int p = 0; p < demandBps.length; p++) {
            OdPair pair = layout.pairs().get(p);
            demands.add(new Demand(pair.toString(), pair.origin(), pair.destination(), DataRate.ofBps(demandBps[p])));
        }
        return new TrafficMatrix(demands);
    }

    /** The true mean demand of {@code pair}; zero when the traffic has no such pair. */
    public DataRate demand(OdPair pair) {
        int p = layout.pairIndex(pair);
        return p < 0 ? DataRate.ZERO : DataRate.ofBps(demandBps[p]);
    }

    /** What of {@code pair}'s demand reached its destination (after drops and losses); zero for an unknown pair. */
    public DataRate delivered(OdPair pair) {
        int p = layout.pairIndex(pair);
        return p < 0 ? DataRate.ZERO : DataRate.ofBps(deliveredBps[p]);
    }
}
