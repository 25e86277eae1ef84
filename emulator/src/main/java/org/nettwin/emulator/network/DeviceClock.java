package org.nettwin.emulator.network;

import java.time.Duration;

/**
 * A device's clock: true time + offset + drift (ppm) x time elapsed since {@code epochNanos} + the sum of clock
 * jumps. All in ns since the Unix epoch. Guarded by the network's lock.
 */
final class DeviceClock {

    private final long offsetNanos;
    private final double driftPpm;
    private final long epochNanos;
    private long jumpNanos;

    DeviceClock(Duration offset, double driftPpm, long epochNanos) {
        this.offsetNanos = offset.toNanos();
        this.driftPpm = driftPpm;
        this.epochNanos = epochNanos;
    }

    /** The device's reading when true time is {@code trueNanos}. */
    long read(long trueNanos) {
        return trueNanos + offsetAt(trueNanos);
    }

    /** How far the device's clock is from true time at {@code trueNanos} (ns, positive = ahead). */
    long offsetAt(long trueNanos) {
        return offsetNanos + Math.round(driftPpm * 1e-6 * (trueNanos - epochNanos)) + jumpNanos;
    }

    void jump(Duration by) {
        jumpNanos += by.toNanos();
    }
}
