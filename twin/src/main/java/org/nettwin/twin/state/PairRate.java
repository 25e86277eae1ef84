package org.nettwin.twin.state;

import static java.util.Objects.requireNonNull;

/** One origin–destination pair of the estimated traffic matrix and its rate, bit/s. */
public record PairRate(String from, String to, double rateBps) {

    public PairRate {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
    }
}
