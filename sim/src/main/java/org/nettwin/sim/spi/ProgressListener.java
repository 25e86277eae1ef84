package org.nettwin.sim.spi;

/** Receives progress of a long run; called from worker threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores all progress. */
    ProgressListener SILENT = (fraction, status) -> { };

    /**
     * Reports progress.
     *
     * @param fraction done so far, 0..1
     * @param status   a short human-readable status, e.g. {@code replication 3/10, t = 41.2 s}
     */
    void progress(double fraction, String status);
}
