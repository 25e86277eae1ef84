package org.nettwin.store.series;

import java.util.concurrent.atomic.AtomicLong;

/** The running totals behind {@link IngestCounters}, updated from writer and caller threads. */
final class IngestTally {

    private final AtomicLong written = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong shed = new AtomicLong();
    private final AtomicLong duplicateBatches = new AtomicLong();
    private final AtomicLong blockedNanos = new AtomicLong();

    void committed(int writtenSamples, int rejectedSamples) {
        written.addAndGet(writtenSamples);
        rejected.addAndGet(rejectedSamples);
    }

    void duplicate() {
        duplicateBatches.incrementAndGet();
    }

    void shed(long samples) {
        shed.addAndGet(samples);
    }

    void blocked(long nanos) {
        blockedNanos.addAndGet(nanos);
    }

    IngestCounters snapshot() {
        return new IngestCounters(written.get(), rejected.get(), shed.get(), duplicateBatches.get(), blockedNanos.get());
    }
}
