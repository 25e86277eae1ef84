package org.nettwin.twin.live;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
import org.nettwin.model.network.Network;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.store.TwinStore;
import org.nettwin.telemetry.pipeline.CleanSampleSink;
import org.nettwin.telemetry.spi.MeasurementSink;
import org.nettwin.twin.matrix.LinkObservation;
import org.nettwin.twin.state.Fidelity;
import org.nettwin.twin.state.MatrixEstimate;
import org.nettwin.twin.state.PairRate;
import org.nettwin.twin.state.TwinState;
import org.nettwin.twin.whatif.Baseline;
import org.nettwin.twin.whatif.BaselineSource;

/**
 * The living twin of one network (DESIGN.md section 3, "observations vs model"): the server tees it the clean samples
 * ({@link #cleanSink()}) and the raw observations ({@link #observationSink()}); every {@code recomputeEvery} (and at
 * once when an interface changes oper-status) it reconciles them into a {@link TwinState}, every
 * {@code estimateEvery} it checks its fidelity one window ahead and re-estimates the traffic matrix (skipping a window
 * whose load samples span less than half of it, e.g. the first one while collection starts), it raises and
 * clears alarms in the store's event log, and it gives what-ifs their {@link Baseline} for now or a past moment.
 * Thread-safe; the sinks never block for long.
 */
public final class LiveTwin implements AutoCloseable, BaselineSource {

    static final String LINK_DOWN = "link-down:";
    static final String NODE_DOWN = "node-down:";

    private final NetworkIndex index;
    private final LiveTwinSettings settings;
    private final Clock clock;
    private final TwinStore store;
    private final Interfaces interfaces;
    private final Readings readings;
    private final Observations observations;
    private final Reconciler reconciler;
    private final MatrixTracker tracker;
    private final AlarmBook alarms = new AlarmBook();
    private final AlarmRules rules;
    private final SliceKpis slices = new SliceKpis();
    private final CopyOnWriteArrayList<Consumer<TwinState>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final AtomicLong failures = new AtomicLong();
    private volatile ScheduledExecutorService scheduler;
    private volatile TwinState state;
    private volatile Topology live;
    private volatile Optional<EstimateWindow> window = Optional.empty();
    private Map<String, Double> sliceKpis = Map.of();
    private long windowStart;

    private LiveTwin(Network network, LiveTwinSettings settings, Clock clock, TwinStore store) {
        this.index = new NetworkIndex(network);
        this.settings = settings;
        this.clock = clock;
        this.store = store;
        AtomicLongArray heard = new AtomicLongArray(index.nodeCount());
        this.interfaces = new Interfaces(index);
        long stale = settings.staleAfter().toMillis();
        this.readings = new Readings(new SeriesResolver(index, interfaces), clock, stale, heard);
        this.observations = new Observations(index, interfaces, clock, heard, this::refreshSoon);
        this.windowStart = clock.millis();
        this.reconciler = new Reconciler(index, interfaces, heard, stale, windowStart);
        this.tracker = new MatrixTracker(index, settings);
        this.rules = new AlarmRules(index, settings);
        this.live = index.topology;
    }

    /**
     * The twin of {@code network} (its slices get KPIs); records the network in the store's history when no version
     * is in force now, so that past moments can be replayed.
     */
    public static LiveTwin of(Network network, LiveTwinSettings settings, Clock clock, TwinStore store) {
        LiveTwin twin = new LiveTwin(requireNonNull(network, "network"), requireNonNull(settings, "settings"),
                requireNonNull(clock, "clock"), requireNonNull(store, "store"));
        if (store.history().asOf(clock.instant()).isEmpty()) {
            store.history().record(network, clock.instant(), "live twin started");
        }
        twin.refresh();
        return twin;
    }

    /** The twin of a topology without demands or slices. */
    public static LiveTwin of(Topology topology, LiveTwinSettings settings, Clock clock, TwinStore store) {
        return of(Network.of(requireNonNull(topology, "topology")), settings, clock, store);
    }

    /** Where the cleaning pipeline's samples go (also to the store): O(1) per sample. */
    public CleanSampleSink cleanSink() {
        return readings;
    }

    /** Where the raw measurements go (also to the pipeline): interface texts and flags are read, numbers skipped. */
    public MeasurementSink observationSink() {
        return observations;
    }

    /** Starts recomputing every {@code recomputeEvery} on a daemon thread of its own. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nettwin-live-twin");
            t.setDaemon(true);
            return t;
        });
        long every = settings.recomputeEvery().toMillis();
        scheduler.scheduleAtFixedRate(this::refreshQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Recomputes the state now (the scheduler calls it every {@code recomputeEvery}; tests with a manual clock call it
     * themselves), tells the listeners, then writes alarms and interface configuration to the store.
     */
    public synchronized TwinState refresh() {
        Instant now = clock.instant();
        long nowMillis = now.toEpochMilli();
        boolean windowDue = nowMillis - windowStart >= settings.estimateEvery().toMillis();
        Readings.Snapshot snap = readings.snapshot(windowDue);
        Reconciled r = reconciler.reconcile(snap, nowMillis);
        Topology believed = LiveTopology.of(index, r.linkStatus(), r.nodeStatus());
        if (!sameElements(believed, live)) {
            live = believed;
            tracker.reroute(believed);
            if (!windowDue) {
                readings.snapshot(true);
                windowStart = nowMillis;
            }
        }
        if (windowDue) {
            windowStart = nowMillis;
            Optional<EstimateWindow> w = EstimateWindow.of(snap.windowFirstMicros(), snap.windowLastMicros());
            if (w.isPresent() && w.get().spans(settings.estimateEvery().dividedBy(2))) {
                tracker.window(now, live, r.windowRate());
                window = w;
                sliceKpis = sliceKpis();
            }
        }
        rules.apply(r, tracker.fidelity(), alarms, now);
        TwinState s = StateBuilder.build(now, index, r, tracker, alarms, sliceKpis);
        state = s;
        for (Consumer<TwinState> l : listeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                failures.incrementAndGet();
            }
        }
        persist(now);
        return s;
    }

    /** The latest state (the one before the first recompute lists every element UNKNOWN). */
    public TwinState state() {
        return state;
    }

    /** Calls {@code listener} after every recompute, on the twin's thread (keep it short); close to stop. */
    public AutoCloseable onState(Consumer<TwinState> listener) {
        requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The latest traffic-matrix estimate, empty before the first window. */
    public Optional<MatrixEstimate> matrix() {
        return tracker.estimate();
    }

    /** Every pair of the latest estimate that carries traffic, largest first. */
    public List<PairRate> matrixPairs() {
        return MatrixTracker.pairs(tracker.current());
    }

    /** The latest estimated matrix ({@link TrafficMatrix#EMPTY} before the first window). */
    public TrafficMatrix currentMatrix() {
        return tracker.current();
    }

    /** The link loads (and node totals) the latest estimate was made from. */
    public Optional<LinkObservation> lastObservation() {
        return tracker.observation();
    }

    /** The telemetry interval (grid times of the samples) the latest estimate averaged. */
    public Optional<EstimateWindow> estimateWindow() {
        return window;
    }

    /** The latest fidelity, empty until two windows have passed. */
    public Optional<Fidelity> fidelity() {
        return tracker.fidelity();
    }

    /** Per window, oldest first: {epoch milliseconds, mean absolute utilisation error}. */
    public List<double[]> fidelityHistory() {
        return tracker.history();
    }

    /** The topology the twin believes now: elements it believes down removed, cut-off nodes too. */
    public Topology liveTopology() {
        return live;
    }

    /** Observations and samples dropped as malformed or about elements the network does not have. */
    public long badObservations() {
        return observations.bad() + readings.ignored();
    }

    /** Recomputes, listener calls and store writes that failed (the twin carried on). */
    public long failures() {
        return failures.get() + alarms.writeFailures() + tracker.failures();
    }

    @Override
    public Baseline baseline(Optional<Instant> asOf) {
        requireNonNull(asOf, "asOf");
        if (asOf.isPresent()) {
            return new PastBaseline(store, settings.nodeTotals()).at(asOf.get(), clock.instant().plusSeconds(60));
        }
        TrafficMatrix m = tracker.current();
        if (m.isEmpty()) {
            throw new NoSuchElementException("the live twin has no traffic-matrix estimate yet (the first comes "
                    + settings.estimateEvery().toSeconds() + " s after telemetry starts)");
        }
        return LiveTopology.baseline(tracker.estimate().map(MatrixEstimate::at).orElse(clock.instant()), index.network,
                live, m);
    }

    /** Stops the recompute thread; the sinks then only record. */
    @Override
    public void close() {
        ScheduledExecutorService s;
        synchronized (this) {
            s = scheduler;
        }
        if (s != null) {
            s.shutdownNow();
            try {
                s.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void refreshSoon() {
        ScheduledExecutorService s = scheduler;
        if (s != null && refreshQueued.compareAndSet(false, true)) {
            try {
                s.execute(() -> {
                    refreshQueued.set(false);
                    refreshQuietly();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                refreshQueued.set(false);
            }
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            failures.incrementAndGet();
        }
    }

    private Map<String, Double> sliceKpis() {
        try {
            return slices.of(index.network, live, tracker.current());
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            return sliceKpis;
        }
    }

    private void persist(Instant now) {
        alarms.persist(store.events());
        for (String[] c : interfaces.drainConfig()) {
            try {
                store.history().recordConfig(c[0], c[1], Optional.of(c[2]), now, "interface description");
            } catch (RuntimeException e) {
                failures.incrementAndGet();
            }
        }
    }

    private static boolean sameElements(Topology a, Topology b) {
        return a.nodes().size() == b.nodes().size() && a.links().size() == b.links().size()
                && a.links().equals(b.links()) && a.nodes().equals(b.nodes());
    }
}
