package org.nettwin.emulator.network;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.emulator.fault.Fault;
import org.nettwin.emulator.fault.FaultResult;
import org.nettwin.emulator.truth.GroundTruth;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.TrafficMatrixSeries;
import org.nettwin.sim.engine.EventLoop;
import org.nettwin.sim.engine.RealTimeRunner;
import org.nettwin.sim.engine.WallClock;

/**
 * An emulated network: a topology run as a flow-level model in fixed steps, whose devices expose leaves for the
 * protocol endpoints. Either {@link #advance} it deterministically (tests) or {@link #start} it in real time on a
 * daemon thread (the sim engine's event loop paced by its real-time runner, one step per event). Faults are
 * injected with {@link #inject}; {@link #truth()} records what really happened. Thread-safe.
 */
public final class EmulatedNetwork implements AutoCloseable {

    private static final int STEP_EVENT = 1;

    private final NetworkModel model;
    private RealTimeRunner runner;
    private Thread thread;
    private boolean closed;
    private volatile RuntimeException failure;

    private EmulatedNetwork(NetworkModel model) {
        this.model = model;
    }

    /**
     * A network over {@code topology} with synthetic traffic, its devices' clocks derived from {@code trueClock}.
     *
     * @throws IllegalArgumentException when the topology has no nodes
     */
    public static EmulatedNetwork of(Topology topology, EmulatorSettings settings, Clock trueClock) {
        return create(topology, settings, trueClock, null, 0);
    }

    /**
     * A network replaying {@code series} instead of the synthetic traffic: each of its matrices lasts
     * {@code interval} of model time (e.g. 5-minute matrices in 5 s for a demo), looping at the end; noise, bursts and
     * surges still apply, the diurnal cycle does not (the series has its own).
     *
     * @throws IllegalArgumentException when the series names a node not in the topology or the interval is not > 0
     */
    public static EmulatedNetwork of(Topology topology, EmulatorSettings settings, Clock trueClock,
                                     TrafficMatrixSeries series, Duration interval) {
        requireNonNull(series, "series");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("replay interval must be > 0, got " + interval);
        }
        return create(topology, settings, trueClock, series, interval.toNanos());
    }

    private static EmulatedNetwork create(Topology topology, EmulatorSettings settings, Clock trueClock,
                                          TrafficMatrixSeries series, long interval) {
        requireNonNull(topology, "topology");
        requireNonNull(settings, "settings");
        requireNonNull(trueClock, "trueClock");
        if (topology.nodes().isEmpty()) {
            throw new IllegalArgumentException("topology " + topology.name() + " has no nodes to emulate");
        }
        return new EmulatedNetwork(new NetworkModel(topology, settings, trueClock, series, interval));
    }

    public Topology topology() {
        return model.fabric.topology;
    }

    public EmulatorSettings settings() {
        return model.settings;
    }

    /** Every device: per node in file order, a gNB's cells right after it. */
    public List<EmulatedDevice> devices() {
        return List.copyOf(model.deviceList());
    }

    public Optional<EmulatedDevice> device(String id) {
        return Optional.ofNullable(model.devices.get(id));
    }

    /** Model time since the start of the run. */
    public Duration modelTime() {
        synchronized (model) {
            return Duration.ofNanos(model.now);
        }
    }

    /**
     * Runs the model for {@code duration} (rounded up to whole steps) as fast as it computes, without the wall clock.
     *
     * @throws IllegalStateException while the network runs in real time or after it was closed
     */
    public void advance(Duration duration) {
        requireNonNull(duration, "duration");
        long target;
        synchronized (model) {
            requireIdle();
            target = model.now + duration.toNanos();
        }
        boolean more = true;
        while (more) {
            // One step per lock hold, so endpoints reading leaves are not blocked for the whole advance.
            synchronized (model) {
                requireIdle();
                if (model.now < target) {
                    model.step();
                }
                more = model.now < target;
            }
        }
    }

    private void requireIdle() {
        if (runner != null || closed) {
            throw new IllegalStateException("advance needs a network that is neither running nor closed");
        }
    }

    /**
     * Starts running in real time on a daemon thread, model time now tied to the true clock now.
     *
     * @throws IllegalStateException when already started or closed
     */
    public void start() {
        synchronized (model) {
            if (runner != null || closed) {
                throw new IllegalStateException("the network was already started or closed");
            }
            model.anchor();
            runner = new RealTimeRunner(WallClock.SYSTEM, 1.0);
            thread = new Thread(this::run, "nettwin-emulator-" + model.fabric.topology.name());
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void run() {
        EventLoop loop = new EventLoop();
        long step = model.settings.step().toNanos();
        loop.schedule(step, STEP_EVENT, 0);
        try {
            runner.run(loop, (kind, payload) -> {
                synchronized (model) {
                    model.step();
                }
                loop.schedule(loop.now() + step, STEP_EVENT, 0);
            }, Long.MAX_VALUE / 4);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // A step that throws is a bug; keep it for failure() rather than losing it with the thread.
            failure = e;
        }
    }

    /** Why the real-time thread stopped on its own (a failed step); empty while it runs or after a normal close. */
    public Optional<RuntimeException> failure() {
        return Optional.ofNullable(failure);
    }

    /** Stops the real-time thread (if any); the network keeps its state and can still be read. */
    @Override
    public void close() {
        Thread running;
        synchronized (model) {
            closed = true;
            running = thread;
            if (runner != null) {
                runner.stop();
            }
        }
        if (running != null) {
            try {
                running.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The most a step ran after its wall-clock deadline, ns (0 when not running in real time or always on time). */
    public long maxLagNanos() {
        RealTimeRunner r;
        synchronized (model) {
            r = runner;
        }
        return r == null ? 0 : r.maxLagNanos();
    }

    /** Count, mean and maximum compute time of the model steps so far. */
    public TickStats tickStats() {
        synchronized (model) {
            return model.tickStats();
        }
    }

    /**
     * Injects {@code fault} now; it shapes the traffic from the next step.
     *
     * @throws IllegalArgumentException naming an id the network does not have
     */
    public FaultResult inject(Fault fault) {
        requireNonNull(fault, "fault");
        synchronized (model) {
            return FaultApplier.apply(model, fault);
        }
    }

    /** What really happened (the twin never reads this; accuracy tests and benchmarks do). */
    public GroundTruth truth() {
        return model.truth;
    }
}
