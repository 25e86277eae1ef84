package org.nettwin.twin.state;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * Twin fidelity at {@code at}: the flow-level model, run on the estimated traffic matrix and the live topology,
 * predicts every link direction's utilisation; this compares the prediction with the measured utilisation.
 * {@code meanAbsoluteError} and {@code p90AbsoluteError} are in utilisation points (0.02 = 2 % of capacity) over the
 * {@code elements} compared; {@code score} = 1 − mean error (1 = perfect); {@code drifting} is true while the error
 * stays above the alarm threshold; {@code worst} lists the largest errors first.
 */
public record Fidelity(Instant at, int elements, double meanAbsoluteError, double p90AbsoluteError, double score,
                       boolean drifting, List<ElementFidelity> worst) {

    public Fidelity {
        requireNonNull(at, "at");
        worst = List.copyOf(worst);
    }
}
