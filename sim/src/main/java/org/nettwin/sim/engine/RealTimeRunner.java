package org.nettwin.sim.engine;

import static java.util.Objects.requireNonNull;

/**
 * Runs an {@link EventLoop} paced to the wall clock: an event due at simulated time t runs no earlier than
 * {@code start + (t - t0) / speed} of wall time, where {@code start} and {@code t0} are the wall and simulated
 * times when {@link #run} began. Every deadline is computed from that one start instant, never by adding up
 * sleeps, so the pacing does not drift however long it runs. Events run in slices: everything the wall clock has
 * reached is executed at once, then the runner sleeps until the next event is due (at most {@code slice} at a
 * time, so {@link #stop()} is noticed). When the model is slower than real time the runner falls behind and
 * catches up without sleeping; {@link #maxLagNanos()} tells by how much.
 */
public final class RealTimeRunner {

    /** The longest single sleep, so a stop request is noticed quickly. */
    private static final long DEFAULT_SLICE_NANOS = 10_000_000L;

    private final WallClock clock;
    private final double speed;
    private final long sliceNanos;
    private volatile boolean stopped;
    private volatile long maxLag;

    /**
     * A runner at {@code speed} simulated seconds per wall second (1.0 = real time, 10 = ten times faster).
     *
     * @throws IllegalArgumentException unless speed is finite and > 0
     */
    public RealTimeRunner(WallClock clock, double speed) {
        this(clock, speed, DEFAULT_SLICE_NANOS);
    }

    public RealTimeRunner(WallClock clock, double speed, long sliceNanos) {
        this.clock = requireNonNull(clock, "clock");
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be finite and > 0, got " + speed);
        }
        if (sliceNanos <= 0) {
            throw new IllegalArgumentException("slice must be > 0 ns");
        }
        this.speed = speed;
        this.sliceNanos = sliceNanos;
    }

    public double speed() {
        return speed;
    }

    /**
     * Executes the loop's events up to {@code horizon} (ns, inclusive) in step with the wall clock and returns when
     * the wall clock has reached the horizon too (or {@link #stop()} was called; the loop's clock then stays at the
     * simulated time reached).
     *
     * @throws InterruptedException when the thread is interrupted while sleeping
     */
    public void run(EventLoop loop, EventHandler handler, long horizon) throws InterruptedException {
        long wallStart = clock.nanos();
        long simStart = loop.now();
        while (!stopped) {
            long wallNow = clock.nanos();
            long reached = simStart + (long) ((wallNow - wallStart) * speed);
            long upTo = Math.min(horizon, reached);
            long due = loop.nextTime();
            if (due <= upTo) {
                long lag = wallNow - wallDeadline(wallStart, simStart, due);
                maxLag = Math.max(maxLag, lag);
            }
            loop.runUntil(upTo, handler);
            if (upTo >= horizon) {
                return;
            }
            long next = Math.min(loop.nextTime(), horizon);
            long deadline = wallDeadline(wallStart, simStart, next);
            clock.sleepUntil(Math.min(deadline, clock.nanos() + sliceNanos));
        }
    }

    /** Runs a typed simulator's events up to {@code horizon} in step with the wall clock. */
    public void run(HeapSimulator simulator, SimTime horizon) throws InterruptedException {
        run(simulator.loop(), simulator.dispatcher(), horizon.nanos());
    }

    /** Asks a running {@link #run} to return at its next slice; safe from any thread. */
    public void stop() {
        stopped = true;
    }

    /** The most an event has run after its wall-clock deadline so far, ns (0 when the model kept up). */
    public long maxLagNanos() {
        return maxLag;
    }

    private long wallDeadline(long wallStart, long simStart, long simTime) {
        return wallStart + (long) Math.ceil((simTime - simStart) / speed);
    }
}
