package org.nettwin.twin.state;

import static java.util.Objects.requireNonNull;

/**
 * One full-duplex link: its id, ends {@code a} and {@code b}, capacity (bit/s), routing metric, status and one
 * {@link DirectionState} per direction ({@code ab} from a to b, {@code ba} back).
 */
public record LinkState(String id, String a, String b, double capacityBps, int metric, ElementStatus status,
                        DirectionState ab, DirectionState ba) {

    public LinkState {
        requireNonNull(id, "id");
        requireNonNull(a, "a");
        requireNonNull(b, "b");
        requireNonNull(status, "status");
        requireNonNull(ab, "ab");
        requireNonNull(ba, "ba");
        if (!(capacityBps >= 0)) {
            throw new IllegalArgumentException("link " + id + ": capacity must be >= 0 bit/s, was " + capacityBps);
        }
    }
}
