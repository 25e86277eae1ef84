package org.nettwin.server.twin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.nettwin.emulator.truth.GroundTruth;
import org.nettwin.emulator.truth.TruthSecond;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;
import org.nettwin.twin.live.EstimateWindow;

/**
 * The emulator's true traffic matrix averaged over the interval an estimate saw: the truth seconds starting from one
 * grid step before the window's first sample to one step before its last (a grid sample is the rate over the step
 * that ends at it), each pair's offered rate averaged. For accuracy tests and benchmarks only: the twin never reads
 * the truth.
 */
public final class TruthWindow {

    private static final Duration STEP = Duration.ofSeconds(1);

    private TruthWindow() {
    }

    /** The mean true matrix behind {@code window}; empty when the truth no longer (or not yet) holds those seconds. */
    public static Optional<TrafficMatrix> mean(GroundTruth truth, EstimateWindow window) {
        Instant from = window.firstSample().minus(STEP);
        Instant to = window.lastSample().minus(STEP);
        Map<String, double[]> sum = new TreeMap<>();
        Map<String, Demand> any = new TreeMap<>();
        int seconds = 0;
        for (TruthSecond s : truth.seconds()) {
            if (s.start().isBefore(from.minusMillis(500)) || s.start().isAfter(to.plusMillis(500))) {
                continue;
            }
            seconds++;
            for (Demand d : s.matrix().demands()) {
                String key = d.origin().value() + "->" + d.destination().value();
                sum.computeIfAbsent(key, k -> new double[1])[0] += d.rate().bitsPerSecond();
                any.putIfAbsent(key, d);
            }
        }
        if (seconds == 0) {
            return Optional.empty();
        }
        List<Demand> out = new ArrayList<>();
        for (Map.Entry<String, double[]> e : sum.entrySet()) {
            Demand d = any.get(e.getKey());
            out.add(new Demand(e.getKey(), d.origin(), d.destination(), DataRate.ofBps(e.getValue()[0] / seconds)));
        }
        return Optional.of(new TrafficMatrix(out));
    }
}
