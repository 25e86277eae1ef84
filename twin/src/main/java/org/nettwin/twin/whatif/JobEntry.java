package org.nettwin.twin.whatif;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import org.nettwin.model.slice.Slice;

/**
 * One job while the service holds it: its current snapshot (replaced, never edited), the packet run's future, and
 * what the packet run needs (the scenarios, the slices, where the scenarios are stored). Thread-safe: every change
 * goes through a synchronized transition that leaves an ended job (DONE, FAILED, CANCELLED) as it is.
 */
final class JobEntry {

    final WhatIfScenarios.Built built;
    final List<Slice> slices;
    final Optional<JobArchive.Stored> stored;
    private WhatIfJob job;
    private Future<?> future;
    private long lastPushNanos = Long.MIN_VALUE;

    JobEntry(WhatIfJob job, WhatIfScenarios.Built built, List<Slice> slices, Optional<JobArchive.Stored> stored) {
        this.job = requireNonNull(job, "job");
        this.built = requireNonNull(built, "built");
        this.slices = List.copyOf(slices);
        this.stored = requireNonNull(stored, "stored");
    }

    synchronized WhatIfJob job() {
        return job;
    }

    synchronized boolean hasEnded() {
        return ended(job.status());
    }

    synchronized void runOn(Future<?> run) {
        this.future = run;
    }

    /** Marks the job running (from queued); false when it already ended. */
    synchronized boolean start() {
        if (hasEnded()) {
            return false;
        }
        job = copy(JobStatus.RUNNING, job.progress(), job.finished(), job.outcomes(), job.error());
        return true;
    }

    /** Sets the progress (never backwards, below 1 until done) while running. */
    synchronized void progress(double fraction) {
        if (!hasEnded() && fraction > job.progress()) {
            job = copy(job.status(), Math.min(0.99, fraction), job.finished(), job.outcomes(), job.error());
        }
    }

    /** Ends the job with a status, an optional extra outcome and an optional error; false when it had ended. */
    synchronized boolean end(JobStatus status, Instant at, Optional<EngineOutcome> outcome, Optional<String> error) {
        if (hasEnded()) {
            return false;
        }
        List<EngineOutcome> outcomes = new ArrayList<>(job.outcomes());
        outcome.ifPresent(outcomes::add);
        double progress = status == JobStatus.DONE ? 1 : job.progress();
        job = copy(status, progress, Optional.of(at), outcomes, error);
        return true;
    }

    /** Cancels the packet run (interrupting it) after the job was marked cancelled. */
    synchronized void stopRun() {
        if (future != null) {
            future.cancel(true);
        }
    }

    /** Whether a progress push is due: at most one per {@code intervalNanos}, unless forced. */
    synchronized boolean pushDue(long nowNanos, long intervalNanos, boolean force) {
        if (force || lastPushNanos == Long.MIN_VALUE || nowNanos - lastPushNanos >= intervalNanos) {
            lastPushNanos = nowNanos;
            return true;
        }
        return false;
    }

    static boolean ended(JobStatus status) {
        return status == JobStatus.DONE || status == JobStatus.FAILED || status == JobStatus.CANCELLED;
    }

    private WhatIfJob copy(JobStatus status, double progress, Optional<Instant> finished, List<EngineOutcome> outcomes,
                           Optional<String> error) {
        return new WhatIfJob(job.id(), job.request(), status, progress, job.created(), finished, job.baselineAt(),
                outcomes, error);
    }
}
