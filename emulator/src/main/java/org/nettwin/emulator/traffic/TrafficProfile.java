package org.nettwin.emulator.traffic;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The shape of the synthetic traffic: a diurnal sine of relative {@code diurnalAmplitude} (in [0, 1)) over
 * {@code diurnalPeriod}; bursts arriving as a Poisson process at {@code burstsPerHour}, each multiplying the traffic
 * leaving one random origin by {@code 1 + burstSize} for {@code burstDuration}; log-normal noise per pair with
 * coefficient of variation {@code noiseCv} (correlated over {@code noiseCorrelation}); and the utilisation
 * ({@code targetPeakUtilisation}, in (0, 2]) the busiest link direction reaches at the diurnal peak without bursts
 * or noise.
 */
public record TrafficProfile(double diurnalAmplitude, Duration diurnalPeriod, double burstsPerHour, double burstSize,
                             Duration burstDuration, double noiseCv, Duration noiseCorrelation,
                             double targetPeakUtilisation) {

    /** A day-long cycle of +-30 %, six 30-second doublings an hour, 10 % noise, busiest link at 50 % at peak. */
    public static final TrafficProfile DEFAULTS = new TrafficProfile(0.3, Duration.ofHours(24), 6, 1.0,
            Duration.ofSeconds(30), 0.1, Duration.ofSeconds(10), 0.5);

    public TrafficProfile {
        requireNonNull(diurnalPeriod, "diurnalPeriod");
        requireNonNull(burstDuration, "burstDuration");
        requireNonNull(noiseCorrelation, "noiseCorrelation");
        check(diurnalAmplitude >= 0 && diurnalAmplitude < 1, "diurnal amplitude must be in [0, 1)", diurnalAmplitude);
        check(diurnalPeriod.compareTo(Duration.ofSeconds(1)) >= 0, "diurnal period must be >= 1 s", diurnalPeriod);
        check(burstsPerHour >= 0 && Double.isFinite(burstsPerHour), "bursts per hour must be finite and >= 0",
                burstsPerHour);
        check(burstSize >= 0 && Double.isFinite(burstSize), "burst size must be finite and >= 0", burstSize);
        check(!burstDuration.isNegative(), "burst duration must not be negative", burstDuration);
        check(noiseCv >= 0 && noiseCv <= 10, "noise coefficient of variation must be in [0, 10]", noiseCv);
        check(noiseCorrelation.toNanos() > 0, "noise correlation time must be > 0", noiseCorrelation);
        check(targetPeakUtilisation > 0 && targetPeakUtilisation <= 2, "target peak utilisation must be in (0, 2]",
                targetPeakUtilisation);
    }

    private static void check(boolean ok, String message, Object value) {
        if (!ok) {
            throw new IllegalArgumentException("traffic profile: " + message + ", got " + value);
        }
    }

    /** This profile with another diurnal cycle (the demo compresses a day into minutes). */
    public TrafficProfile withDiurnal(double amplitude, Duration period) {
        return new TrafficProfile(amplitude, period, burstsPerHour, burstSize, burstDuration, noiseCv, noiseCorrelation,
                targetPeakUtilisation);
    }

    public TrafficProfile withBursts(double perHour, double size, Duration duration) {
        return new TrafficProfile(diurnalAmplitude, diurnalPeriod, perHour, size, duration, noiseCv, noiseCorrelation,
                targetPeakUtilisation);
    }

    public TrafficProfile withNoiseCv(double cv) {
        return new TrafficProfile(diurnalAmplitude, diurnalPeriod, burstsPerHour, burstSize, burstDuration, cv,
                noiseCorrelation, targetPeakUtilisation);
    }

    public TrafficProfile withTargetPeakUtilisation(double utilisation) {
        return new TrafficProfile(diurnalAmplitude, diurnalPeriod, burstsPerHour, burstSize, burstDuration, noiseCv,
                noiseCorrelation, utilisation);
    }

    /** No diurnal cycle, bursts or noise: constant traffic (for tests that compare exact numbers). */
    public TrafficProfile steady() {
        return new TrafficProfile(0, diurnalPeriod, 0, burstSize, burstDuration, 0, noiseCorrelation,
                targetPeakUtilisation);
    }

    /** The diurnal multiplier at {@code seconds} since the start: 1 + amplitude * sin(2 pi t / period). */
    public double diurnal(double seconds) {
        double period = diurnalPeriod.toNanos() / 1e9;
        return 1 + diurnalAmplitude * Math.sin(2 * Math.PI * seconds / period);
    }
}
