package org.nettwin.twin.live;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How the live twin runs: a node is {@code STALE} after {@code staleAfter} without telemetry; the state is recomputed
 * every {@code recomputeEvery}; the traffic matrix is estimated (and fidelity checked) every {@code estimateEvery} from
 * the loads averaged over that window; a link direction above {@code utilisationAlarm} (fraction of capacity) raises a
 * major alarm; fidelity is {@code drifting} after {@code fidelityPersistence} consecutive windows whose mean absolute
 * error exceeds {@code fidelityAlarm} (utilisation points); {@code historyLength} windows of fidelity are kept;
 * {@code nodeTotals} feeds the estimator the node totals observable from access links (see the README).
 */
public record LiveTwinSettings(Duration staleAfter, Duration recomputeEvery, Duration estimateEvery,
                               double utilisationAlarm, double fidelityAlarm, int fidelityPersistence,
                               int historyLength, boolean nodeTotals) {

    /** Stale after 5 s, state every 1 s, estimate every 5 s, alarms at 80 % and 0.1, drifting after 3, 720 kept. */
    public static final LiveTwinSettings DEFAULTS = new LiveTwinSettings(Duration.ofSeconds(5), Duration.ofSeconds(1),
            Duration.ofSeconds(5), 0.8, 0.1, 3, 720, true);

    public LiveTwinSettings {
        requireNonNull(staleAfter, "staleAfter");
        requireNonNull(recomputeEvery, "recomputeEvery");
        requireNonNull(estimateEvery, "estimateEvery");
        positive(staleAfter, "staleAfter");
        positive(recomputeEvery, "recomputeEvery");
        positive(estimateEvery, "estimateEvery");
        if (!(utilisationAlarm > 0) || !(fidelityAlarm > 0)) {
            throw new IllegalArgumentException("live twin: alarm thresholds must be > 0, got utilisation "
                    + utilisationAlarm + ", fidelity " + fidelityAlarm);
        }
        if (fidelityPersistence < 1 || historyLength < 1) {
            throw new IllegalArgumentException("live twin: fidelity persistence and history length must be >= 1");
        }
    }

    /** These settings with another estimate window. */
    public LiveTwinSettings withEstimateEvery(Duration window) {
        return new LiveTwinSettings(staleAfter, recomputeEvery, window, utilisationAlarm, fidelityAlarm,
                fidelityPersistence, historyLength, nodeTotals);
    }

    /** These settings with or without node totals for the estimator. */
    public LiveTwinSettings withNodeTotals(boolean use) {
        return new LiveTwinSettings(staleAfter, recomputeEvery, estimateEvery, utilisationAlarm, fidelityAlarm,
                fidelityPersistence, historyLength, use);
    }

    /** These settings with another fidelity alarm threshold and persistence. */
    public LiveTwinSettings withFidelityAlarm(double threshold, int windows) {
        return new LiveTwinSettings(staleAfter, recomputeEvery, estimateEvery, utilisationAlarm, threshold,
                windows, historyLength, nodeTotals);
    }

    private static void positive(Duration d, String name) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("live twin: " + name + " must be > 0, got " + d);
        }
    }
}
