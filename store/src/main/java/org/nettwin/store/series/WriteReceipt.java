package org.nettwin.store.series;

import java.util.List;

/**
 * The acknowledgement of a batch write. When it is returned, the {@code written} samples are durable (they survive
 * a crash of the process) and visible to readers all at once. Invalid samples are rejected one by one and the rest
 * of the batch is written; {@code duplicateBatch} is true when the batch id had been committed before and nothing
 * was written again.
 */
public record WriteReceipt(int written, List<Rejection> rejected, boolean duplicateBatch) {

    public WriteReceipt {
        rejected = List.copyOf(rejected);
        if (written < 0) {
            throw new IllegalArgumentException("written must be >= 0");
        }
    }
}
