package org.nettwin.twin.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nettwin.twin.state.ElementFidelity;
import org.nettwin.twin.state.Fidelity;

/**
 * One window's fidelity: for every link direction both measured and predicted, the absolute difference of the
 * utilisations; mean, 90th percentile (nearest rank), score = 1 − mean, and the five worst.
 */
final class FidelityCheck {

    static final int WORST = 5;

    private FidelityCheck() {
    }

    /** Empty elements → no fidelity; {@code drifting} is decided by the caller. */
    static java.util.Optional<Fidelity> of(Instant at, NetworkIndex index, double[] measured, double[] predicted,
                                           boolean drifting) {
        List<ElementFidelity> elements = new ArrayList<>();
        for (int d = 0; d < measured.length; d++) {
            if (Double.isFinite(measured[d]) && Double.isFinite(predicted[d])) {
                elements.add(new ElementFidelity(name(index, d), measured[d], predicted[d],
                        Math.abs(measured[d] - predicted[d])));
            }
        }
        if (elements.isEmpty()) {
            return java.util.Optional.empty();
        }
        double[] errors = elements.stream().mapToDouble(ElementFidelity::error).sorted().toArray();
        double mean = java.util.Arrays.stream(errors).average().orElse(0);
        double p90 = errors[Math.max(0, (int) Math.ceil(0.9 * errors.length) - 1)];
        elements.sort(Comparator.comparingDouble(ElementFidelity::error).reversed());
        return java.util.Optional.of(new Fidelity(at, errors.length, mean, p90, 1 - mean, drifting,
                elements.subList(0, Math.min(WORST, elements.size()))));
    }

    /** {@code L3:a->b}. */
    static String name(NetworkIndex index, int d) {
        return index.links.get(d / 2).id().value() + ":" + index.from(d).value() + "->" + index.to(d).value();
    }
}
