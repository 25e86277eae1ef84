package org.nettwin.twin.state;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * The traffic matrix the twin estimated from link loads at {@code at} (tomogravity): how many pairs carry traffic,
 * the total offered rate (bit/s), the largest pairs, and how well the estimate reproduces the loads it was fitted
 * to ({@code loadResidual}: relative L2 difference between observed and re-routed link loads).
 */
public record MatrixEstimate(Instant at, int pairs, double totalBps, List<PairRate> largest, double loadResidual) {

    public MatrixEstimate {
        requireNonNull(at, "at");
        largest = List.copyOf(largest);
    }
}
