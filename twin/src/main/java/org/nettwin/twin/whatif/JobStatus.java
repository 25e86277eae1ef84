package org.nettwin.twin.whatif;

/** Where a what-if job is: waiting, running, done (with an outcome), failed (with an error) or cancelled. */
public enum JobStatus {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED
}
