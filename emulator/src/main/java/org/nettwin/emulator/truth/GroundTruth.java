package org.nettwin.emulator.truth;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A bounded in-memory record of what the emulated network really did: the last {@code capacity} seconds
 * ({@link TruthSecond}: per link direction offered and carried rates and state, the true traffic matrix, device clock
 * offsets) and the last faults injected. <b>The twin never reads this</b>: it is the reference that accuracy tests and
 * benchmarks score the twin against. Thread-safe; subscribers hear every completed second on the model's thread.
 */
public final class GroundTruth {

    private static final int MAX_FAULTS = 10_000;

    private final int capacity;
    private final ArrayDeque<TruthSecond> seconds;
    private final ArrayDeque<InjectedFault> faults = new ArrayDeque<>();
    private final List<Consumer<TruthSecond>> subscribers = new CopyOnWriteArrayList<>();

    /** A record keeping the last {@code capacity} (>= 1) seconds. */
    public GroundTruth(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("ground truth capacity must be >= 1 second, got " + capacity);
        }
        this.capacity = capacity;
        this.seconds = new ArrayDeque<>(Math.min(capacity, 4096));
    }

    public int capacity() {
        return capacity;
    }

    /** Appends a completed second (dropping the oldest past capacity) and hands it to the subscribers. */
    public void record(TruthSecond second) {
        requireNonNull(second, "second");
        synchronized (this) {
            if (seconds.size() == capacity) {
                seconds.removeFirst();
            }
            seconds.addLast(second);
        }
        for (Consumer<TruthSecond> s : subscribers) {
            s.accept(second);
        }
    }

    /** Records an injected fault. */
    public synchronized void record(InjectedFault fault) {
        requireNonNull(fault, "fault");
        if (faults.size() == MAX_FAULTS) {
            faults.removeFirst();
        }
        faults.addLast(fault);
    }

    /** The seconds kept, oldest first. */
    public synchronized List<TruthSecond> seconds() {
        return List.copyOf(seconds);
    }

    /** The last completed second; empty before the first one completes. */
    public synchronized Optional<TruthSecond> latest() {
        return Optional.ofNullable(seconds.peekLast());
    }

    /** The second starting at model time {@code modelNanos}; empty when it is not (or no longer) kept. */
    public synchronized Optional<TruthSecond> second(long modelNanos) {
        for (TruthSecond s : seconds) {
            if (s.modelNanos() == modelNanos) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The faults injected so far (the last 10,000), oldest first. */
    public synchronized List<InjectedFault> faults() {
        return new ArrayList<>(faults);
    }

    /** Adds a subscriber for every completed second; closing the handle removes it. */
    public AutoCloseable subscribe(Consumer<TruthSecond> subscriber) {
        requireNonNull(subscriber, "subscriber");
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }
}
