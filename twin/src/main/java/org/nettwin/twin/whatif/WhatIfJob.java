package org.nettwin.twin.whatif;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A what-if job as seen from outside: its id, request, status, progress in [0, 1] (of the packet run; 1 when only
 * the flow estimator ran), when it was created and finished, the baseline moment actually used, the outcomes per
 * engine so far (the flow outcome arrives at once, the packet one when it finishes) and the error of a failed job.
 */
public record WhatIfJob(String id, WhatIfRequest request, JobStatus status, double progress, Instant created,
                        Optional<Instant> finished, Instant baselineAt, List<EngineOutcome> outcomes,
                        Optional<String> error) {

    public WhatIfJob {
        requireNonNull(id, "id");
        requireNonNull(request, "request");
        requireNonNull(status, "status");
        requireNonNull(created, "created");
        requireNonNull(finished, "finished");
        requireNonNull(baselineAt, "baselineAt");
        outcomes = List.copyOf(outcomes);
        requireNonNull(error, "error");
    }
}
