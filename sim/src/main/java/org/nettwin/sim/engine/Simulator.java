package org.nettwin.sim.engine;

import java.time.Duration;

/**
 * A discrete-event simulator with a typed API: actions at simulated times. Each run owns its instance (no global
 * state), so what-ifs run side by side. Packet models use the primitive {@link EventLoop} under it instead.
 */
public interface Simulator {

    /** The current simulated time. */
    SimTime now();

    /**
     * Schedules {@code action} at now + {@code delay} (rounded to the nanosecond); events due at the same time run
     * in scheduling order.
     *
     * @throws IllegalArgumentException when the delay is negative
     */
    void schedule(Duration delay, SimAction action);

    /** Runs events due up to and including {@code horizon}, then leaves the clock at {@code horizon}. */
    void runUntil(SimTime horizon);

    /** How many events have been executed so far. */
    long eventsExecuted();
}
