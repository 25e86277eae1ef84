package org.nettwin.twin.whatif;

import static java.util.Objects.requireNonNull;

/**
 * A slice SLA that the what-if breaks (or that was already broken in the baseline, {@code alreadyInBaseline}):
 * the slice, the flow (origin–destination pair) that misses it, which target ({@code latency}, {@code loss},
 * {@code throughput}), the target and the predicted value in SI units (s, ratio, bit/s).
 */
public record SlaBreach(String slice, String flow, String target, double limit, double predicted,
                        boolean alreadyInBaseline) {

    public SlaBreach {
        requireNonNull(slice, "slice");
        requireNonNull(flow, "flow");
        requireNonNull(target, "target");
    }
}
