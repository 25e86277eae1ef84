package org.nettwin.store.series;

import java.time.Duration;
import org.nettwin.store.StoreException;
import org.nettwin.store.StoreSettings.OverloadPolicy;

/**
 * Bounds the samples in flight (admitted but not yet committed) to {@code capacity}, so memory stays bounded when
 * writers outpace the disk. A batch that does not fit waits (back-pressure, counted as blocked time); under
 * {@link OverloadPolicy#SHED} it is refused whole after {@code maxBlock} (counted as shed). A batch larger than the
 * capacity is admitted when nothing else is in flight, so that it cannot wait forever.
 */
final class IngestGate {

    private final long capacity;
    private final OverloadPolicy policy;
    private final Duration maxBlock;
    private final IngestTally tally;
    private long inFlight;

    IngestGate(long capacity, OverloadPolicy policy, Duration maxBlock, IngestTally tally) {
        this.capacity = capacity;
        this.policy = policy;
        this.maxBlock = maxBlock;
        this.tally = tally;
    }

    /** Waits for room for {@code samples}; throws {@link StoreException} if they are shed or the wait interrupted. */
    synchronized void admit(long samples) {
        if (fits(samples)) {
            inFlight += samples;
            return;
        }
        long start = System.nanoTime();
        long deadline = policy == OverloadPolicy.SHED ? start + Math.min(maxBlock.toNanos(), Long.MAX_VALUE / 4) : 0;
        try {
            while (!fits(samples)) {
                long now = System.nanoTime();
                if (policy == OverloadPolicy.SHED && now - deadline >= 0) {
                    tally.shed(samples);
                    throw new StoreException("ingest overloaded: " + inFlight + " samples in flight (limit " + capacity
                            + "); a batch of " + samples + " samples was shed after waiting " + maxBlock);
                }
                long waitMillis = policy == OverloadPolicy.SHED ? Math.max(1, (deadline - now) / 1_000_000) : 1000;
                wait(waitMillis);
            }
            inFlight += samples;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for room to write " + samples + " samples", e);
        } finally {
            tally.blocked(System.nanoTime() - start);
        }
    }

    private boolean fits(long samples) {
        return inFlight == 0 || inFlight + samples <= capacity;
    }

    synchronized void release(long samples) {
        inFlight -= samples;
        notifyAll();
    }

    /** The counters this gate adds blocked time and shed samples to. */
    IngestTally tally() {
        return tally;
    }

    synchronized long inFlight() {
        return inFlight;
    }
}
