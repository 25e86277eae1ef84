package org.nettwin.emulator.flaw;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The imperfections of one device: its clock's offset from true time and drift (parts per million of elapsed time),
 * its counter width ({@code counterBits} 32 or 64, or 0 to inherit the network's default width), and the
 * probabilities (each in [0, 1], adding up to at most 1) that a telemetry message goes missing, is duplicated, is
 * sent {@code lateDelay} late, or is malformed.
 */
public record DeviceFlaws(Duration clockOffset, double driftPpm, int counterBits, double missing, double duplicate,
                          double late, double malformed, Duration lateDelay) {

    /** A perfect device: true clock, the network's counter width, every message delivered once and on time. */
    public static final DeviceFlaws NONE = new DeviceFlaws(Duration.ZERO, 0, 0, 0, 0, 0, 0, Duration.ZERO);

    public DeviceFlaws {
        requireNonNull(clockOffset, "clockOffset");
        requireNonNull(lateDelay, "lateDelay");
        if (!Double.isFinite(driftPpm) || Math.abs(driftPpm) > 1e6) {
            throw new IllegalArgumentException("device flaws: drift must be finite and within +-1e6 ppm, got " + driftPpm);
        }
        if (counterBits != 0 && counterBits != 32 && counterBits != 64) {
            throw new IllegalArgumentException("device flaws: counter width must be 32 or 64 (or 0 to inherit), got "
                    + counterBits);
        }
        requireProbability("missing", missing);
        requireProbability("duplicate", duplicate);
        requireProbability("late", late);
        requireProbability("malformed", malformed);
        if (missing + duplicate + late + malformed > 1 + 1e-12) {
            throw new IllegalArgumentException("device flaws: missing + duplicate + late + malformed exceed 1");
        }
        if (lateDelay.isNegative()) {
            throw new IllegalArgumentException("device flaws: late delay is negative: " + lateDelay);
        }
    }

    private static void requireProbability(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("device flaws: " + name + " probability must be in [0, 1], got " + p);
        }
    }

    public DeviceFlaws withClock(Duration offset, double ppm) {
        return new DeviceFlaws(offset, ppm, counterBits, missing, duplicate, late, malformed, lateDelay);
    }

    public DeviceFlaws withCounterBits(int bits) {
        return new DeviceFlaws(clockOffset, driftPpm, bits, missing, duplicate, late, malformed, lateDelay);
    }

    /** These flaws with other message probabilities and late delay. */
    public DeviceFlaws withMessages(double pMissing, double pDuplicate, double pLate, double pMalformed, Duration delay) {
        return new DeviceFlaws(clockOffset, driftPpm, counterBits, pMissing, pDuplicate, pLate, pMalformed, delay);
    }

    /** The counter width these flaws give, {@code networkDefault} when they inherit it. */
    public int counterBitsOr(int networkDefault) {
        return counterBits == 0 ? networkDefault : counterBits;
    }
}
