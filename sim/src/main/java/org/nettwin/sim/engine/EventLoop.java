package org.nettwin.sim.engine;

/**
 * The event loop of one run: a clock in integer nanoseconds and an {@link EventHeap} of pending events, each a
 * (kind, payload) pair of ints. Events run in order of time, then of scheduling (sequence numbers), so a run is
 * reproducible. Scheduling and executing allocate nothing (the heap grows by doubling to the run's peak). The
 * executing event stays at the heap's root until it is over or schedules its first successor, which then takes its
 * place in one sift ({@link EventHeap#replaceMin}).
 * Not thread-safe: one loop belongs to one run.
 */
public final class EventLoop {

    private final EventHeap heap;
    private long now;
    private long nextSequence;
    private long currentSequence = -1;
    private long executed;
    /** True while the event being executed still sits at the heap's root (removed lazily, see {@link #schedule}). */
    private boolean rootIsCurrent;

    public EventLoop() {
        this(1024);
    }

    public EventLoop(int initialCapacity) {
        heap = new EventHeap(initialCapacity);
    }

    /** The current simulated time, ns. */
    public long now() {
        return now;
    }

    /** How many events this loop has executed so far. */
    public long executed() {
        return executed;
    }

    /** How many events are pending. */
    public int pending() {
        settle();
        return heap.size();
    }

    /** Time of the next pending event, or {@link Long#MAX_VALUE} when none is pending. */
    public long nextTime() {
        settle();
        return heap.isEmpty() ? Long.MAX_VALUE : heap.minTime();
    }

    /** The identity (sequence number) of the event being executed, -1 outside any event. */
    public long currentId() {
        return currentSequence;
    }

    /**
     * Schedules event ({@code kind}, {@code payload}) at absolute time {@code at} ns and returns its identity
     * (its sequence number: identities increase in scheduling order).
     *
     * @throws IllegalArgumentException when {@code at} is before now
     */
    public long schedule(long at, int kind, int payload) {
        if (at < now) {
            throw new IllegalArgumentException("cannot schedule at " + at + " ns, before now (" + now + " ns)");
        }
        long id = nextSequence++;
        long word = ((long) kind << 32) | (payload & 0xFFFF_FFFFL);
        if (rootIsCurrent) {
            // The first event scheduled by the executing event takes its place at the root: one sift instead of two.
            rootIsCurrent = false;
            heap.replaceMin(at, id, word);
        } else {
            heap.insert(at, id, word);
        }
        return id;
    }

    /** Removes the executed event from the heap if no scheduling has replaced it yet. */
    private void settle() {
        if (rootIsCurrent) {
            rootIsCurrent = false;
            heap.removeMin();
        }
    }

    /**
     * Executes events due at or before {@code horizon} (ns), at most {@code maxEvents} of them. When no event due
     * by the horizon is left, the clock is set to the horizon and the method returns true; when it stopped because
     * of {@code maxEvents}, the clock stays at the last event's time and it returns false.
     */
    public boolean run(long horizon, EventHandler handler, long maxEvents) {
        EventHeap h = heap;
        long budget = maxEvents;
        while (!h.isEmpty() && h.minTime() <= horizon) {
            if (budget-- <= 0) {
                return false;
            }
            long t = h.minTime();
            long word = h.minWord();
            currentSequence = h.minSequence();
            rootIsCurrent = true;
            now = t;
            executed++;
            try {
                handler.handle((int) (word >>> 32), (int) word);
            } finally {
                settle();
            }
        }
        currentSequence = -1;
        if (horizon > now) {
            now = horizon;
        }
        return true;
    }

    /** Executes every event due at or before {@code horizon}, then leaves the clock at the horizon. */
    public void runUntil(long horizon, EventHandler handler) {
        run(horizon, handler, Long.MAX_VALUE);
    }
}
