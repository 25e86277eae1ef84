package org.nettwin.sim.engine;

import java.util.concurrent.locks.LockSupport;

/**
 * The wall clock a {@link RealTimeRunner} paces itself by: a monotonic nanosecond reading and a way to wait for a
 * reading. Passed in so tests can use a fake clock that never sleeps.
 */
public interface WallClock {

    /** The machine's monotonic clock ({@link System#nanoTime()}) with parking sleeps. */
    WallClock SYSTEM = new WallClock() {
        @Override
        public long nanos() {
            return System.nanoTime();
        }

        @Override
        public void sleepUntil(long deadline) throws InterruptedException {
            for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(left);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        }
    };

    /** A monotonic reading in nanoseconds (only differences mean anything). */
    long nanos();

    /** Returns once {@link #nanos()} has reached {@code deadline} (at once if it already has). */
    void sleepUntil(long deadline) throws InterruptedException;
}
