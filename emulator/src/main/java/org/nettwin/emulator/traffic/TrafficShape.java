package org.nettwin.emulator.traffic;

import static java.util.Objects.requireNonNull;

import org.nettwin.sim.random.RandomStream;

/**
 * Turns a {@link TrafficProfile} into per-pair multipliers, one model step at a time: diurnal x burst x noise. The
 * noise of each pair is an AR(1) process in log space (stationary log-normal with mean 1 and the profile's
 * coefficient of variation); bursts arrive as a Poisson process and hit one origin each. Allocates nothing per step.
 * Not thread-safe: one shape belongs to one network model.
 */
public final class TrafficShape {

    private static final int MAX_BURSTS = 64;

    private final TrafficProfile profile;
    private final int[] originOfPair;
    private final int origins;
    private final RandomStream random;
    private final double[] logNoise;
    private final double sigma;
    private final int[] burstOrigin = new int[MAX_BURSTS];
    private final long[] burstEnd = new long[MAX_BURSTS];
    private int bursts;
    private long nextBurstAt = -1;
    private double spare;
    private boolean hasSpare;

    /**
     * A shape for pairs whose origins are {@code originOfPair} (indexes below {@code origins}).
     */
    public TrafficShape(TrafficProfile profile, int[] originOfPair, int origins, RandomStream random) {
        this.profile = requireNonNull(profile, "profile");
        this.originOfPair = originOfPair.clone();
        this.origins = origins;
        this.random = requireNonNull(random, "random");
        this.logNoise = new double[originOfPair.length];
        double cv = profile.noiseCv();
        this.sigma = Math.sqrt(Math.log1p(cv * cv));
        for (int p = 0; p < logNoise.length; p++) {
            logNoise[p] = sigma * gaussian();
        }
    }

    /**
     * Writes into {@code out} the multiplier of every pair for the step starting at {@code nanos} (since the start of
     * the run) and lasting {@code stepNanos}.
     */
    public void multipliers(long nanos, long stepNanos, double[] out) {
        double diurnal = profile.diurnal(nanos / 1e9);
        advanceBursts(nanos, stepNanos);
        double phi = Math.exp(-(double) stepNanos / profile.noiseCorrelation().toNanos());
        double innovation = sigma * Math.sqrt(1 - phi * phi);
        double bias = sigma * sigma / 2;
        for (int p = 0; p < out.length; p++) {
            double m = diurnal;
            if (sigma > 0) {
                logNoise[p] = phi * logNoise[p] + innovation * gaussian();
                m *= Math.exp(logNoise[p] - bias);
            }
            out[p] = m;
        }
        for (int b = 0; b < bursts; b++) {
            for (int p = 0; p < out.length; p++) {
                if (originOfPair[p] == burstOrigin[b]) {
                    out[p] *= 1 + profile.burstSize();
                }
            }
        }
    }

    /** How many bursts are active now. */
    public int activeBursts() {
        return bursts;
    }

    private void advanceBursts(long nanos, long stepNanos) {
        int kept = 0;
        for (int b = 0; b < bursts; b++) {
            if (burstEnd[b] > nanos) {
                burstOrigin[kept] = burstOrigin[b];
                burstEnd[kept++] = burstEnd[b];
            }
        }
        bursts = kept;
        double rate = profile.burstsPerHour() / 3600e9;
        if (rate <= 0 || origins == 0) {
            return;
        }
        if (nextBurstAt < 0) {
            nextBurstAt = nanos + (long) random.nextExponential(1 / rate);
        }
        while (nextBurstAt < nanos + stepNanos) {
            if (bursts < MAX_BURSTS) {
                burstOrigin[bursts] = (int) (random.nextDouble() * origins);
                burstEnd[bursts++] = nextBurstAt + profile.burstDuration().toNanos();
            }
            nextBurstAt += Math.max(1, (long) random.nextExponential(1 / rate));
        }
    }

    /** Standard normal by Box-Muller; the pair's second value is kept for the next call. */
    private double gaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double radius = Math.sqrt(-2 * Math.log(1 - random.nextDouble()));
        double angle = 2 * Math.PI * random.nextDouble();
        spare = radius * Math.sin(angle);
        hasSpare = true;
        return radius * Math.cos(angle);
    }
}
