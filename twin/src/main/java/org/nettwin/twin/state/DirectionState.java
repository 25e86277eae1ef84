package org.nettwin.twin.state;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * One direction of a link ({@code from} → {@code to}): the measured carried rate (bit/s, from the sender's
 * out-octets), utilisation (carried / capacity), loss ratio (receiver's in-errors / sender's out-pkts), egress
 * drops (packets/s), and the utilisation the twin's own model predicts from the estimated traffic matrix. A figure
 * the network did not report is empty.
 */
public record DirectionState(String from, String to, OptionalDouble rateBps, OptionalDouble utilisation,
                             OptionalDouble lossRatio, OptionalDouble dropsPerSecond,
                             OptionalDouble predictedUtilisation) {

    public DirectionState {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(rateBps, "rateBps");
        requireNonNull(utilisation, "utilisation");
        requireNonNull(lossRatio, "lossRatio");
        requireNonNull(dropsPerSecond, "dropsPerSecond");
        requireNonNull(predictedUtilisation, "predictedUtilisation");
    }
}
