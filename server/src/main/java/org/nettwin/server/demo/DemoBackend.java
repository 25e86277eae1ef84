package org.nettwin.server.demo;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.nettwin.emulator.fault.FaultJson;
import org.nettwin.emulator.fault.FaultResult;
import org.nettwin.emulator.network.EmulatedNetwork;
import org.nettwin.model.network.Network;
import org.nettwin.model.slice.Slice;
import org.nettwin.model.topology.Topology;
import org.nettwin.server.api.TwinBackend;
import org.nettwin.store.TwinStore;
import org.nettwin.twin.live.LiveTwin;
import org.nettwin.twin.state.Fidelity;
import org.nettwin.twin.state.MatrixEstimate;
import org.nettwin.twin.state.PairRate;
import org.nettwin.twin.state.TwinState;
import org.nettwin.twin.whatif.WhatIfJob;
import org.nettwin.twin.whatif.WhatIfJobs;
import org.nettwin.twin.whatif.WhatIfRequest;

/**
 * The API's backend on the real parts: the live twin, its what-if jobs, the repository, and — when an emulated
 * network stands in for the physical one — fault injection into it.
 */
public final class DemoBackend implements TwinBackend {

    private final Network network;
    private final LiveTwin twin;
    private final WhatIfJobs jobs;
    private final TwinStore store;
    private final Optional<FaultPort> faults;

    /** {@code emulated} empty: no fault injection (the API answers 404 there). */
    public DemoBackend(Network network, LiveTwin twin, WhatIfJobs jobs, TwinStore store,
                       Optional<EmulatedNetwork> emulated) {
        this.network = requireNonNull(network, "network");
        this.twin = requireNonNull(twin, "twin");
        this.jobs = requireNonNull(jobs, "jobs");
        this.store = requireNonNull(store, "store");
        this.faults = emulated.map(EmulatorFaults::new);
    }

    @Override
    public TwinStore store() {
        return store;
    }

    @Override
    public Topology topology() {
        return network.topology();
    }

    @Override
    public List<Slice> slices() {
        return network.slices();
    }

    @Override
    public Optional<Topology> topologyAsOf(Instant asOf) {
        return store.history().asOf(asOf).map(Network::topology);
    }

    @Override
    public TwinState state() {
        return twin.state();
    }

    @Override
    public AutoCloseable onState(Consumer<TwinState> listener) {
        return twin.onState(listener);
    }

    @Override
    public Optional<MatrixEstimate> matrix() {
        return twin.matrix();
    }

    @Override
    public List<PairRate> matrixPairs() {
        return twin.matrixPairs();
    }

    @Override
    public Optional<Fidelity> fidelity() {
        return twin.fidelity();
    }

    @Override
    public List<double[]> fidelityHistory() {
        return twin.fidelityHistory();
    }

    @Override
    public WhatIfJob submit(WhatIfRequest request, String user) {
        return jobs.submit(request, user);
    }

    @Override
    public Optional<WhatIfJob> job(String id) {
        return jobs.job(id);
    }

    @Override
    public List<WhatIfJob> jobs() {
        return jobs.jobs();
    }

    @Override
    public Optional<WhatIfJob> cancel(String id, String user) {
        return jobs.cancel(id, user);
    }

    @Override
    public AutoCloseable onJob(Consumer<WhatIfJob> listener) {
        return jobs.onJob(listener);
    }

    @Override
    public Optional<FaultPort> emulator() {
        return faults;
    }

    /** Faults go straight into the emulated network; the list is what was injected through this port. */
    private static final class EmulatorFaults implements FaultPort {

        private final EmulatedNetwork network;
        private final List<InjectedFaultView> injected = new CopyOnWriteArrayList<>();

        EmulatorFaults(EmulatedNetwork network) {
            this.network = network;
        }

        @Override
        public InjectedFaultView inject(String faultJson, String user) {
            FaultResult result = network.inject(FaultJson.parse(faultJson));
            InjectedFaultView view = new InjectedFaultView(result.at(), faultJson.strip(), user);
            injected.add(view);
            return view;
        }

        @Override
        public List<InjectedFaultView> injected() {
            return List.copyOf(injected);
        }
    }
}
