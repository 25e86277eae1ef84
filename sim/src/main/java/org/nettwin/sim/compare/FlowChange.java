package org.nettwin.sim.compare;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How one flow changed: mean delay in seconds, loss ratio in percent of sent packets, throughput in bit/s; a figure
 * is absent when either result lacks it. {@code severity} orders flows by how much worse they got: the largest of
 * the delay increase in percent, ten times the loss increase in percentage points, and the throughput drop in
 * percent (negative when the flow got better on every figure it has).
 */
public record FlowChange(String id, Optional<Change> delayS, Optional<Change> lossPercent,
                         Optional<Change> throughputBps, double severity) {

    /** One percentage point more loss weighs like ten percent more delay. */
    static final double LOSS_WEIGHT = 10;

    public FlowChange {
        requireNonNull(id, "id");
        requireNonNull(delayS, "delayS");
        requireNonNull(lossPercent, "lossPercent");
        requireNonNull(throughputBps, "throughputBps");
    }

    static FlowChange of(String id, Optional<Change> delay, Optional<Change> loss, Optional<Change> throughput) {
        double severity = Double.NEGATIVE_INFINITY;
        if (delay.isPresent()) {
            severity = Math.max(severity, finite(delay.get().percent()));
        }
        if (loss.isPresent()) {
            severity = Math.max(severity, LOSS_WEIGHT * loss.get().delta());
        }
        if (throughput.isPresent()) {
            severity = Math.max(severity, -finite(throughput.get().percent()));
        }
        return new FlowChange(id, delay, loss, throughput, severity == Double.NEGATIVE_INFINITY ? 0 : severity);
    }

    /** Infinite percentages (from zero) sort as very large. */
    private static double finite(double percent) {
        return Math.max(-1e9, Math.min(1e9, percent));
    }
}
