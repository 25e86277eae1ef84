package org.nettwin.sim.flow;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * How far a candidate engine's per-flow mean delays are from a reference engine's, per load level: the relative
 * error (candidate - reference) / reference of every flow both engines gave a delay for, summarised as mean, 90th
 * percentile and maximum of its absolute value plus its mean (the bias), and the mean absolute error of the loss
 * ratio in percentage points. Errors are fractions (0.05 = 5 %).
 */
public record AccuracyReport(String reference, String candidate, List<Level> levels) {

    public AccuracyReport {
        requireNonNull(reference, "reference");
        requireNonNull(candidate, "candidate");
        levels = List.copyOf(levels);
    }

    /** The errors at one load level, over {@code scenarios} scenarios and {@code flows} flows. */
    public record Level(LoadLevel level, int scenarios, int flows, double meanAbsError, double p90AbsError,
                        double maxAbsError, double meanError, double meanAbsLossPp) {

        public Level {
            requireNonNull(level, "level");
            if (scenarios < 0 || flows < 0) {
                throw new IllegalArgumentException("counts must be >= 0");
            }
        }
    }
}
