package org.nettwin.sim.engine;

/**
 * Executes the events of an {@link EventLoop}. A model dispatches on {@code kind} (its own small integer constants)
 * and reads its state for {@code payload} (a packet, a flow, a slot), so no object is made per event.
 */
@FunctionalInterface
public interface EventHandler {

    /** Executes one event; the loop's clock already reads the event's time. */
    void handle(int kind, int payload);
}
