package org.nettwin.server.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.nettwin.model.slice.Slice;
import org.nettwin.model.topology.Topology;
import org.nettwin.store.TwinStore;
import org.nettwin.twin.state.Fidelity;
import org.nettwin.twin.state.MatrixEstimate;
import org.nettwin.twin.state.PairRate;
import org.nettwin.twin.state.TwinState;
import org.nettwin.twin.whatif.WhatIfJob;
import org.nettwin.twin.whatif.WhatIfRequest;

/**
 * Everything the API serves, behind one port: the live twin, its what-if jobs, the repository and — in demo mode —
 * the emulator's fault injection. The demo wires it to the real twin; the API's own tests may use a simple one.
 */
public interface TwinBackend {

    /** The repository (series, history, events, audit). */
    TwinStore store();

    /** The live topology (the model the twin runs, without live status). */
    Topology topology();

    /** The live network's slices with their SLA targets (the topology JSON and the per-slice KPIs name them). */
    default List<Slice> slices() {
        return List.of();
    }

    /** The topology in force at {@code asOf} as the repository has it; empty when none was recorded by then. */
    Optional<Topology> topologyAsOf(Instant asOf);

    /** The live state. */
    TwinState state();

    /** Calls {@code listener} with each new state (about once a second) until the returned handle is closed. */
    AutoCloseable onState(Consumer<TwinState> listener);

    /** The latest traffic-matrix estimate with all its pairs (largest first); empty before the first estimate. */
    Optional<MatrixEstimate> matrix();

    /** All pairs of the latest estimate, largest first. */
    List<PairRate> matrixPairs();

    /** The latest fidelity and its history as {@code [epochMillis, meanAbsoluteError]} pairs, oldest first. */
    Optional<Fidelity> fidelity();

    List<double[]> fidelityHistory();

    /** Starts a what-if on behalf of {@code user}; the flow outcome is in the returned job. Bad requests throw IAE. */
    WhatIfJob submit(WhatIfRequest request, String user);

    Optional<WhatIfJob> job(String id);

    /** Jobs, newest first. */
    List<WhatIfJob> jobs();

    /** Cancels a job; empty when unknown. */
    Optional<WhatIfJob> cancel(String id, String user);

    /** Calls {@code listener} when a job changes (progress, outcome, end) until the handle is closed. */
    AutoCloseable onJob(Consumer<WhatIfJob> listener);

    /** The emulator's fault injection, present only in demo mode. */
    Optional<FaultPort> emulator();

    /** Fault injection into the emulated network. */
    interface FaultPort {

        /** Parses the emulator's fault JSON and injects it at once; bad JSON or unknown elements throw IAE. */
        InjectedFaultView inject(String faultJson, String user);

        List<InjectedFaultView> injected();
    }

    /** A fault as injected: when, its JSON, and who injected it. */
    record InjectedFaultView(Instant at, String faultJson, String by) {
    }
}
