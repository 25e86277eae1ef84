package org.nettwin.sim.engine;

import java.time.Duration;
import java.util.Arrays;

/**
 * The typed {@link Simulator} over an {@link EventLoop} (4-ary heap, O(log n) per event). Actions wait in a slot
 * table indexed by the event's payload, so the heap itself stays primitive; the only per-event allocation is the
 * caller's action object.
 */
public final class HeapSimulator implements Simulator {

    private final EventLoop loop = new EventLoop();
    private final EventHandler dispatcher = this::dispatch;
    private SimAction[] actions = new SimAction[64];
    private int[] freeSlots = new int[64];
    private int freeCount;
    private int used;

    @Override
    public SimTime now() {
        return SimTime.ofNanos(loop.now());
    }

    @Override
    public void schedule(Duration delay, SimAction action) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative delay " + delay);
        }
        int slot = allocate();
        actions[slot] = action;
        loop.schedule(Math.addExact(loop.now(), delay.toNanos()), 0, slot);
    }

    @Override
    public void runUntil(SimTime horizon) {
        loop.runUntil(horizon.nanos(), dispatcher);
    }

    @Override
    public long eventsExecuted() {
        return loop.executed();
    }

    /** The loop underneath, for {@link RealTimeRunner}. */
    EventLoop loop() {
        return loop;
    }

    EventHandler dispatcher() {
        return dispatcher;
    }

    private void dispatch(int kind, int slot) {
        SimAction action = actions[slot];
        actions[slot] = null;
        if (freeCount == freeSlots.length) {
            freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
        }
        freeSlots[freeCount++] = slot;
        action.run(this);
    }

    private int allocate() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (used == actions.length) {
            actions = Arrays.copyOf(actions, used * 2);
        }
        return used++;
    }
}
