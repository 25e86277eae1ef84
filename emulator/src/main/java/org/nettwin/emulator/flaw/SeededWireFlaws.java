package org.nettwin.emulator.flaw;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.nettwin.emulator.device.Delivery;
import org.nettwin.emulator.device.WireFlaws;
import org.nettwin.sim.random.RandomStream;

/**
 * {@link WireFlaws} drawn from a device's own {@link RandomStream}: one uniform draw per message decides its fate by
 * the probabilities of a {@link DeviceFlaws}. Thread-safe (draws are serialised), so endpoints on several threads
 * may share it; the sequence of fates depends only on the seed and the device id.
 */
public final class SeededWireFlaws implements WireFlaws {

    private final DeviceFlaws flaws;
    private final RandomStream random;

    private SeededWireFlaws(DeviceFlaws flaws, RandomStream random) {
        this.flaws = flaws;
        this.random = random;
    }

    /** The flaws of device {@code deviceId} in a network run with {@code seed}. */
    public static SeededWireFlaws of(DeviceFlaws flaws, long seed, String deviceId) {
        requireNonNull(flaws, "flaws");
        return new SeededWireFlaws(flaws, RandomStream.of(streamSeed(seed, deviceId)));
    }

    /** A 64-bit seed for a per-device stream, mixing the run seed with every character of the id. */
    public static long streamSeed(long seed, String key) {
        long h = seed * 0x9E37_79B9_7F4A_7C15L + 0x632B_E59B_D9B4_E019L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100_0000_01B3L;
            h ^= h >>> 29;
        }
        return h;
    }

    public DeviceFlaws flaws() {
        return flaws;
    }

    @Override
    public Delivery next() {
        double u;
        synchronized (random) {
            u = random.nextDouble();
        }
        double edge = flaws.missing();
        if (u < edge) {
            return Delivery.DROP;
        }
        edge += flaws.duplicate();
        if (u < edge) {
            return Delivery.DUPLICATE;
        }
        edge += flaws.late();
        if (u < edge) {
            return Delivery.LATE;
        }
        edge += flaws.malformed();
        return u < edge ? Delivery.MALFORMED : Delivery.NORMAL;
    }

    @Override
    public Duration lateBy() {
        return flaws.lateDelay();
    }
}
