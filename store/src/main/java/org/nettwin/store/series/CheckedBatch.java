package org.nettwin.store.series;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A batch after its samples were checked, waiting to be committed: the caller's batch (not copied: the caller waits
 * until the commit), which samples were rejected and why, the batch's 1-minute partials and latest samples, and the
 * future that completes with its receipt once its transaction has committed.
 */
final class CheckedBatch {

    private final SampleBatch batch;
    private final BitSet rejected;
    private final List<Rejection> rejections;
    private final MinutePartials partials;
    private final LatestSamples latest;
    private final CompletableFuture<WriteReceipt> done = new CompletableFuture<>();

    CheckedBatch(SampleBatch batch, BitSet rejected, List<Rejection> rejections, MinutePartials partials,
                 LatestSamples latest) {
        this.batch = batch;
        this.rejected = rejected;
        this.rejections = List.copyOf(rejections);
        this.partials = partials;
        this.latest = latest;
    }

    SampleBatch batch() {
        return batch;
    }

    Optional<String> id() {
        return batch.batchId();
    }

    /** Whether sample {@code i} passed the checks. */
    boolean accepts(int i) {
        return rejected == null || !rejected.get(i);
    }

    /** Whether every sample passed the checks. */
    boolean acceptsAll() {
        return rejected == null || rejected.isEmpty();
    }

    /** The room this batch takes in the ingest gate: its size, at least one. */
    long permits() {
        return Math.max(1, batch.size());
    }

    int valid() {
        return batch.size() - rejections.size();
    }

    List<Rejection> rejections() {
        return rejections;
    }

    MinutePartials partials() {
        return partials;
    }

    LatestSamples latest() {
        return latest;
    }

    CompletableFuture<WriteReceipt> done() {
        return done;
    }
}
