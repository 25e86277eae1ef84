package org.nettwin.emulator.network;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.nettwin.emulator.flaw.DeviceFlaws;
import org.nettwin.emulator.traffic.TrafficProfile;

/**
 * How an emulated network runs: the model {@code step} (> 0, <= 10 s), the {@code seed} of every random stream, the
 * synthetic {@code traffic} profile, the flaws of every device ({@code defaultFlaws}) and of some devices by id
 * ({@code flawOverrides}), the default {@code counterBits} (32 or 64), the {@code rebootDowntime}, the
 * {@code meanPacketBytes} that turns bytes into packets, and how many seconds of ground truth to keep
 * ({@code truthSeconds}).
 */
public record EmulatorSettings(Duration step, long seed, TrafficProfile traffic, DeviceFlaws defaultFlaws,
                               Map<String, DeviceFlaws> flawOverrides, int counterBits, Duration rebootDowntime,
                               int meanPacketBytes, int truthSeconds) {

    /** 100 ms steps, seed 1, the default traffic profile, perfect 64-bit devices, 20 s reboots, 1000-byte packets. */
    public static final EmulatorSettings DEFAULTS = new EmulatorSettings(Duration.ofMillis(100), 1,
            TrafficProfile.DEFAULTS, DeviceFlaws.NONE, Map.of(), 64, Duration.ofSeconds(20), 1000, 300);

    public EmulatorSettings {
        requireNonNull(step, "step");
        requireNonNull(traffic, "traffic");
        requireNonNull(defaultFlaws, "defaultFlaws");
        requireNonNull(rebootDowntime, "rebootDowntime");
        flawOverrides = Map.copyOf(flawOverrides);
        if (step.toNanos() <= 0 || step.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new IllegalArgumentException("emulator settings: step must be in (0, 10 s], got " + step);
        }
        if (counterBits != 32 && counterBits != 64) {
            throw new IllegalArgumentException("emulator settings: counter width must be 32 or 64, got " + counterBits);
        }
        if (rebootDowntime.isNegative()) {
            throw new IllegalArgumentException("emulator settings: reboot downtime is negative: " + rebootDowntime);
        }
        if (meanPacketBytes < 40 || meanPacketBytes > 65_535) {
            throw new IllegalArgumentException("emulator settings: mean packet size must be in [40, 65535] bytes, got "
                    + meanPacketBytes);
        }
        if (truthSeconds < 1) {
            throw new IllegalArgumentException("emulator settings: truth seconds must be >= 1, got " + truthSeconds);
        }
    }

    public EmulatorSettings withStep(Duration newStep) {
        return new EmulatorSettings(newStep, seed, traffic, defaultFlaws, flawOverrides, counterBits, rebootDowntime,
                meanPacketBytes, truthSeconds);
    }

    public EmulatorSettings withSeed(long newSeed) {
        return new EmulatorSettings(step, newSeed, traffic, defaultFlaws, flawOverrides, counterBits, rebootDowntime,
                meanPacketBytes, truthSeconds);
    }

    public EmulatorSettings withTraffic(TrafficProfile profile) {
        return new EmulatorSettings(step, seed, profile, defaultFlaws, flawOverrides, counterBits, rebootDowntime,
                meanPacketBytes, truthSeconds);
    }

    public EmulatorSettings withDefaultFlaws(DeviceFlaws flaws) {
        return new EmulatorSettings(step, seed, traffic, flaws, flawOverrides, counterBits, rebootDowntime,
                meanPacketBytes, truthSeconds);
    }

    /** These settings with {@code flaws} for device {@code deviceId} (replacing any earlier override). */
    public EmulatorSettings withFlaws(String deviceId, DeviceFlaws flaws) {
        Map<String, DeviceFlaws> copy = new HashMap<>(flawOverrides);
        copy.put(requireNonNull(deviceId, "deviceId"), requireNonNull(flaws, "flaws"));
        return new EmulatorSettings(step, seed, traffic, defaultFlaws, copy, counterBits, rebootDowntime,
                meanPacketBytes, truthSeconds);
    }

    public EmulatorSettings withCounterBits(int bits) {
        return new EmulatorSettings(step, seed, traffic, defaultFlaws, flawOverrides, bits, rebootDowntime,
                meanPacketBytes, truthSeconds);
    }

    public EmulatorSettings withRebootDowntime(Duration downtime) {
        return new EmulatorSettings(step, seed, traffic, defaultFlaws, flawOverrides, counterBits, downtime,
                meanPacketBytes, truthSeconds);
    }

    /** These settings with every per-device flaw override replaced by {@code overrides}. */
    public EmulatorSettings withFlawOverrides(Map<String, DeviceFlaws> overrides) {
        return new EmulatorSettings(step, seed, traffic, defaultFlaws, overrides, counterBits, rebootDowntime,
                meanPacketBytes, truthSeconds);
    }

    public EmulatorSettings withMeanPacketBytes(int bytes) {
        return new EmulatorSettings(step, seed, traffic, defaultFlaws, flawOverrides, counterBits, rebootDowntime, bytes,
                truthSeconds);
    }

    public EmulatorSettings withTruthSeconds(int seconds) {
        return new EmulatorSettings(step, seed, traffic, defaultFlaws, flawOverrides, counterBits, rebootDowntime,
                meanPacketBytes, seconds);
    }

    /** The flaws of device {@code deviceId}: its override, else the default. */
    public DeviceFlaws flawsOf(String deviceId) {
        return flawOverrides.getOrDefault(deviceId, defaultFlaws);
    }
}
