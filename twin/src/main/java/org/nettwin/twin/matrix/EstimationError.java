package org.nettwin.twin.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.OdPair;
import org.nettwin.model.traffic.TrafficMatrix;

/**
 * How far an estimated matrix is from the true one, over every pair either lists (a pair absent from one counts
 * as 0 there): {@code relativeL2} = ||estimate - truth|| / ||truth||, and {@code meanRelativeErrorOfLargest} =
 * the mean of |estimate - truth| / truth over the largest true pairs that together carry 75 % of the traffic
 * (small pairs are noisy and matter little, as in the tomogravity literature). Dimensionless, >= 0.
 */
public record EstimationError(double relativeL2, double meanRelativeErrorOfLargest) {

    /** The share of the total traffic the largest pairs must carry to count in the mean relative error. */
    public static final double LARGEST_SHARE = 0.75;

    public EstimationError {
        if (!(relativeL2 >= 0) || !(meanRelativeErrorOfLargest >= 0)) {
            throw new IllegalArgumentException("errors must be >= 0, got " + relativeL2 + ", "
                    + meanRelativeErrorOfLargest);
        }
    }

    /**
     * The error of {@code estimate} against {@code truth}.
     *
     * @throws IllegalArgumentException if the true matrix carries no traffic
     */
    public static EstimationError of(TrafficMatrix estimate, TrafficMatrix truth) {
        Map<OdPair, double[]> values = new TreeMap<>(Comparator.comparing(OdPair::toString));
        add(values, Objects.requireNonNull(estimate, "estimate"), 0);
        add(values, Objects.requireNonNull(truth, "truth"), 1);
        double diff = 0;
        double norm = 0;
        double total = 0;
        for (double[] v : values.values()) {
            diff += (v[0] - v[1]) * (v[0] - v[1]);
            norm += v[1] * v[1];
            total += v[1];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the true matrix carries no traffic: relative errors are undefined");
        }
        List<double[]> largest = new ArrayList<>(values.values());
        largest.sort((u, v) -> Double.compare(v[1], u[1]));
        double covered = 0;
        double sum = 0;
        int count = 0;
        for (double[] v : largest) {
            if (covered >= LARGEST_SHARE * total) {
                break;
            }
            covered += v[1];
            sum += Math.abs(v[0] - v[1]) / v[1];
            count++;
        }
        return new EstimationError(Math.sqrt(diff / norm), sum / count);
    }

    private static void add(Map<OdPair, double[]> values, TrafficMatrix matrix, int slot) {
        for (Demand d : matrix.demands()) {
            values.computeIfAbsent(new OdPair(d.origin(), d.destination()), k -> new double[2])[slot]
                    += d.rate().bitsPerSecond();
        }
    }
}
