package org.nettwin.sim.flow;

import org.nettwin.model.scenario.SizeDistribution;

/**
 * The first two moments of a flow's frame size on the wire, in bits and bits squared. Exponential sizes are
 * clamped to [31, 65000] bytes as the scenario format says, and their moments are those of the clamped
 * distribution (the rounding to whole bytes adds 1/12 byte^2 of variance, which is left out).
 */
record SizeMoments(double meanBits, double secondBits) {

    /** Smallest and largest exponential frame, bytes (spec/scenario-format.md). */
    static final double MIN_BYTES = 31;
    static final double MAX_BYTES = 65000;

    static SizeMoments of(SizeDistribution distribution, int packetSizeBytes) {
        if (distribution == SizeDistribution.FIXED) {
            double bits = 8.0 * packetSizeBytes;
            return new SizeMoments(bits, bits * bits);
        }
        return clampedExponential(packetSizeBytes);
    }

    /** Moments of min(max(X, a), b) for X exponential with mean m, converted to bits. */
    private static SizeMoments clampedExponential(double m) {
        double a = MIN_BYTES;
        double b = MAX_BYTES;
        double belowA = -Math.expm1(-a / m);
        double aboveA = Math.exp(-a / m);
        double aboveB = Math.exp(-b / m);
        double mean = a * belowA + (a + m) * aboveA - (b + m) * aboveB + b * aboveB;
        double second = a * a * belowA + (a * a + 2 * m * a + 2 * m * m) * aboveA
                - (b * b + 2 * m * b + 2 * m * m) * aboveB + b * b * aboveB;
        return new SizeMoments(8 * mean, 64 * second);
    }
}
