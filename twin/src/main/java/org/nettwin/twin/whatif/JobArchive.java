package org.nettwin.twin.whatif;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.nettwin.model.format.scenario.ScenarioWriter;
import org.nettwin.sim.result.ResultJson;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.store.TwinStore;

/**
 * Records what-if jobs in the repository: both scenarios (as scenario JSON, named after the job) with each engine's
 * results, and an audit entry for who started or cancelled what. A store failure never fails the what-if: it
 * comes back as a one-line note for the job's headline.
 */
final class JobArchive {

    private final TwinStore store;
    private final ScenarioWriter writer = new ScenarioWriter();

    JobArchive(TwinStore store) {
        this.store = requireNonNull(store, "store");
    }

    /** The ids of a job's two stored scenarios. */
    record Stored(long baselineId, long whatIfId) {
    }

    /** Saves both scenarios and the audit entry of a new job; the note says what went wrong, if anything. */
    Optional<Stored> submitted(String jobId, WhatIfRequest request, Instant baselineAt, String user,
                               WhatIfScenarios.Built built, List<String> notes) {
        try {
            long base = store.scenarios().save(request.name() + " [" + jobId + " baseline]",
                    writer.write(built.baseline())).id();
            long whatIf = store.scenarios().save(request.name() + " [" + jobId + "]",
                    writer.write(built.whatIf())).id();
            store.audit().append(user, "whatif.submit", "job " + jobId + " '" + request.name() + "'",
                    WhatIfScenarios.describe(request.changes()) + " from " + baselineAt
                            + (request.packet() ? ", with a packet run" : ""),
                    "stored as scenarios " + base + " and " + whatIf);
            return Optional.of(new Stored(base, whatIf));
        } catch (RuntimeException e) {
            notes.add(failure(e));
            return Optional.empty();
        }
    }

    /** Saves one engine's results of a job; empty when it worked, else a note. */
    Optional<String> results(Optional<Stored> stored, SimulationResult baseline, SimulationResult whatIf) {
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            store.scenarios().saveResult(stored.get().baselineId(), baseline.engine(), ResultJson.write(baseline));
            store.scenarios().saveResult(stored.get().whatIfId(), whatIf.engine(), ResultJson.write(whatIf));
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(failure(e));
        }
    }

    /** Audits a cancellation; a failure is ignored (the job is cancelled either way). */
    void cancelled(String jobId, String user) {
        try {
            store.audit().append(user, "whatif.cancel", "job " + jobId, "cancelled by " + user, "packet run stops");
        } catch (RuntimeException e) {
            // the cancellation itself stands; the repository's own failure is reported by the repository
            return;
        }
    }

    private static String failure(RuntimeException e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return "not recorded in the repository: " + e.getClass().getSimpleName() + ": " + message;
    }
}
