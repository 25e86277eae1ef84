package org.nettwin.sim.packet;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.nettwin.sim.spi.ProgressListener;

/**
 * Progress of one run across its worker threads: replications done, each running replication's simulated time and
 * the events executed so far. Workers report after every chunk of events; the listener hears at most about once a
 * second, and once per finished replication.
 */
final class RunProgress {

    private static final long REPORT_EVERY_NANOS = 1_000_000_000L;

    private final ProgressListener listener;
    private final int replications;
    private final long endNs;
    private final long startWall = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLongArray simNow;
    private final AtomicLong lastReport = new AtomicLong(System.nanoTime());

    RunProgress(ProgressListener listener, int replications, long endNs) {
        this.listener = listener;
        this.replications = replications;
        this.endNs = endNs;
        this.simNow = new AtomicLongArray(replications);
    }

    /** A worker executed {@code newEvents} more events of replication {@code r}, now at simulated {@code now} ns. */
    void advanced(int r, long now, long newEvents) {
        simNow.set(r, now);
        events.addAndGet(newEvents);
        long wall = System.nanoTime();
        long last = lastReport.get();
        if (wall - last >= REPORT_EVERY_NANOS && lastReport.compareAndSet(last, wall)) {
            report(wall);
        }
    }

    void finished(int r) {
        simNow.set(r, endNs);
        done.incrementAndGet();
        long wall = System.nanoTime();
        lastReport.set(wall);
        report(wall);
    }

    private void report(long wall) {
        double sum = 0;
        long furthest = 0;
        for (int r = 0; r < replications; r++) {
            long t = simNow.get(r);
            sum += endNs == 0 ? 1 : Math.min(1.0, t / (double) endNs);
            if (t < endNs) {
                furthest = Math.max(furthest, t);
            }
        }
        double seconds = Math.max(1e-9, (wall - startWall) / 1e9);
        String status = String.format(Locale.ROOT, "replications %d/%d done, t = %.1f/%.1f s, %.2f M events/s",
                done.get(), replications, furthest / 1e9, endNs / 1e9,
                events.get() / seconds / 1e6);
        listener.progress(Math.min(1.0, sum / replications), status);
    }
}
