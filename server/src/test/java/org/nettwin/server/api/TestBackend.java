package org.nettwin.server.api;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.nettwin.model.slice.SlaTarget;
import org.nettwin.model.slice.Slice;
import org.nettwin.model.slice.SliceType;
import org.nettwin.model.topology.Coordinates;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;
import org.nettwin.sim.compare.ResultComparison;
import org.nettwin.sim.result.Estimate;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.FlowResult;
import org.nettwin.sim.result.LinkMetric;
import org.nettwin.sim.result.LinkResult;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.store.JdbcTwinStore;
import org.nettwin.store.StoreSettings;
import org.nettwin.store.TwinStore;
import org.nettwin.twin.state.DirectionState;
import org.nettwin.twin.state.ElementStatus;
import org.nettwin.twin.state.LinkState;
import org.nettwin.twin.state.NodeState;
import org.nettwin.twin.state.PairRate;
import org.nettwin.twin.state.TwinState;
import org.nettwin.twin.whatif.Change;
import org.nettwin.twin.whatif.EngineOutcome;
import org.nettwin.twin.whatif.JobStatus;
import org.nettwin.twin.whatif.WhatIfJob;
import org.nettwin.twin.whatif.WhatIfRequest;

/**
 * A backend for the API's tests: a real embedded DuckDB store in a temporary directory, a three-router topology with a
 * slice, a fixed live state (published on demand), and what-if jobs answered at once with a made-up flow outcome.
 */
final class TestBackend implements TwinBackend, AutoCloseable {

    private final TwinStore store;
    private final Topology topology;
    private final List<Consumer<TwinState>> stateListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<WhatIfJob>> jobListeners = new CopyOnWriteArrayList<>();
    private final Map<String, WhatIfJob> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger nextJob = new AtomicInteger(1);
    private final List<InjectedFaultView> faults = new CopyOnWriteArrayList<>();
    private final boolean withEmulator;
    private volatile boolean broken;

    TestBackend(Path dir, boolean withEmulator) {
        this.store = JdbcTwinStore.open(StoreSettings.duckdb(dir), Clock.systemUTC());
        this.withEmulator = withEmulator;
        Link l1 = Link.between("L1", "r1", "r2").capacity(DataRate.ofGbps(10)).delay(Duration.ofMillis(2)).build();
        Link l2 = Link.between("L2", "r2", "r3").capacity(DataRate.ofGbps(1)).metric(5).build();
        this.topology = Topology.of("test-net", List.of(
                Node.router("r1").withCoordinates(Coordinates.geographic(10.7, 59.9)), Node.router("r2"),
                Node.router("r3")), List.of(l1, l2));
    }

    @Override
    public TwinStore store() {
        return store;
    }

    @Override
    public Topology topology() {
        return topology;
    }

    @Override
    public List<Slice> slices() {
        SlaTarget sla = SlaTarget.NONE.withMaxLatency(Duration.ofMillis(10));
        return List.of(new Slice("urllc-1", SliceType.URLLC, sla, List.of(NodeId.of("r1"), NodeId.of("r3")), List.of()));
    }

    @Override
    public Optional<Topology> topologyAsOf(Instant asOf) {
        return asOf.isBefore(Instant.parse("2020-01-01T00:00:00Z")) ? Optional.empty() : Optional.of(topology);
    }

    /** Makes {@link #state()} throw, as a backend with a failing database would. */
    void breakState(boolean isBroken) {
        this.broken = isBroken;
    }

    @Override
    public TwinState state() {
        if (broken) {
            throw new IllegalStateException("database exploded at /var/lib/secret-path");
        }
        DirectionState ab = new DirectionState("r1", "r2", OptionalDouble.of(2e9), OptionalDouble.of(0.2),
                OptionalDouble.empty(), OptionalDouble.of(0), OptionalDouble.of(0.21));
        DirectionState ba = new DirectionState("r2", "r1", OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
        return new TwinState(Instant.parse("2026-01-01T12:00:00Z"), "test-net",
                List.of(new NodeState("r1", "router", ElementStatus.UP, Optional.empty(), Map.of("cpu_percent", 12.0))),
                List.of(new LinkState("L1", "r1", "r2", 1e10, 1, ElementStatus.UP, ab, ba)),
                Map.of("max_link_utilisation", 0.2, "slice:urllc-1:latency_s", 0.004, "slice:urllc-1:sla_met", 1.0),
                Optional.empty(), Optional.empty(), List.of());
    }

    /** Hands {@code state} to every state listener, as the live twin does about once a second. */
    void publish(TwinState state) {
        stateListeners.forEach(l -> l.accept(state));
    }

    @Override
    public AutoCloseable onState(Consumer<TwinState> listener) {
        stateListeners.add(listener);
        return () -> stateListeners.remove(listener);
    }

    @Override
    public Optional<org.nettwin.twin.state.MatrixEstimate> matrix() {
        return Optional.empty();
    }

    @Override
    public List<PairRate> matrixPairs() {
        return List.of(new PairRate("r1", "r3", 1e8));
    }

    @Override
    public Optional<org.nettwin.twin.state.Fidelity> fidelity() {
        return Optional.empty();
    }

    @Override
    public List<double[]> fidelityHistory() {
        return List.of(new double[] {1.7e12, 0.02});
    }

    @Override
    public WhatIfJob submit(WhatIfRequest request, String user) {
        for (Change c : request.changes()) {
            if (c instanceof Change.FailLink f && topology.links().stream().noneMatch(l -> l.id().value()
                    .equals(f.link()))) {
                throw new IllegalArgumentException("fail-link: unknown link " + f.link());
            }
        }
        SimulationResult base = result("baseline", 0.5);
        SimulationResult after = result("what-if", 0.9);
        ResultComparison cmp = ResultComparison.of(base, after, 0.8);
        EngineOutcome flow = new EngineOutcome("flow", base, after, cmp, cmp.headline(), List.of());
        String id = "job-" + nextJob.getAndIncrement();
        Instant now = Instant.now();
        WhatIfJob job = new WhatIfJob(id, request, request.packet() ? JobStatus.RUNNING : JobStatus.DONE,
                request.packet() ? 0 : 1, now, request.packet() ? Optional.empty() : Optional.of(now), now,
                List.of(flow), Optional.empty());
        jobs.put(id, job);
        jobListeners.forEach(l -> l.accept(job));
        return job;
    }

    private static SimulationResult result(String name, double utilisation) {
        Map<LinkMetric, Estimate> lv = new EnumMap<>(LinkMetric.class);
        lv.put(LinkMetric.UTILISATION, Estimate.of(utilisation));
        Map<FlowMetric, Estimate> fv = new EnumMap<>(FlowMetric.class);
        fv.put(FlowMetric.MEAN_DELAY_S, Estimate.of(0.002 / (1 - utilisation)));
        fv.put(FlowMetric.TX_PACKETS, Estimate.of(1000));
        fv.put(FlowMetric.LOST_PACKETS, Estimate.of(utilisation > 0.8 ? 10 : 0));
        fv.put(FlowMetric.THROUGHPUT_BPS, Estimate.of(1e8));
        return new SimulationResult(name, "flow", 1, 0, 0.001, List.of(new FlowResult("r1->r3", fv)),
                List.of(new LinkResult("L1", "r1", "r2", lv)));
    }

    @Override
    public Optional<WhatIfJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @Override
    public List<WhatIfJob> jobs() {
        List<WhatIfJob> all = new ArrayList<>(jobs.values());
        all.sort((a, b) -> b.created().compareTo(a.created()));
        return all;
    }

    @Override
    public Optional<WhatIfJob> cancel(String id, String user) {
        return job(id).map(j -> {
            WhatIfJob cancelled = j.status() == JobStatus.RUNNING ? new WhatIfJob(j.id(), j.request(),
                    JobStatus.CANCELLED, j.progress(), j.created(), Optional.of(Instant.now()), j.baselineAt(),
                    j.outcomes(), Optional.empty()) : j;
            jobs.put(id, cancelled);
            return cancelled;
        });
    }

    @Override
    public AutoCloseable onJob(Consumer<WhatIfJob> listener) {
        jobListeners.add(listener);
        return () -> jobListeners.remove(listener);
    }

    @Override
    public Optional<FaultPort> emulator() {
        if (!withEmulator) {
            return Optional.empty();
        }
        return Optional.of(new FaultPort() {
            @Override
            public InjectedFaultView inject(String faultJson, String user) {
                if (!faultJson.contains("\"link-down\"")) {
                    throw new IllegalArgumentException("unknown fault type in " + faultJson);
                }
                InjectedFaultView view = new InjectedFaultView(Instant.now(), faultJson, user);
                faults.add(view);
                return view;
            }

            @Override
            public List<InjectedFaultView> injected() {
                return List.copyOf(faults);
            }
        });
    }

    @Override
    public void close() {
        store.close();
    }
}
