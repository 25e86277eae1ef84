package org.nettwin.server.simulate;

import java.io.PrintWriter;
import org.nettwin.sim.spi.ProgressListener;

/**
 * Progress of a long run on stderr: nothing during the first {@code quietNanos} (short runs stay silent), then one
 * status line at most every {@code everyNanos}. Thread-safe (workers report from their own threads).
 */
final class StatusLine implements ProgressListener {

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private final long quietNanos;
    private final long everyNanos;
    private long last;

    StatusLine(PrintWriter err, long quietNanos, long everyNanos) {
        this.err = err;
        this.quietNanos = quietNanos;
        this.everyNanos = everyNanos;
        this.last = start;
    }

    @Override
    public synchronized void progress(double fraction, String status) {
        long now = System.nanoTime();
        if (now - start < quietNanos || now - last < everyNanos) {
            return;
        }
        last = now;
        err.printf(java.util.Locale.ROOT, "simulate: %3.0f%%  %s%n", 100 * fraction, status);
        err.flush();
    }
}
