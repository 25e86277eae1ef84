package org.nettwin.store.series;

import static java.util.Objects.requireNonNull;

/** One sample the store refused: its position in the batch and why (one line, e.g. {@code value is NaN}). */
public record Rejection(int index, String reason) {

    public Rejection {
        requireNonNull(reason, "reason");
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0");
        }
    }
}
