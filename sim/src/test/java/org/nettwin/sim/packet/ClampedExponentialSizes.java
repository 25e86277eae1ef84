package org.nettwin.sim.packet;

/**
 * Exact moments of the scenario format's exponential frame sizes, round(Exp(mean)) clamped to [31, 65000] bytes,
 * summed over the discrete distribution: P(k) = P(k - 0.5 <= X < k + 0.5), with the clamped tails folded into 31
 * and 65000.
 */
final class ClampedExponentialSizes {

    private ClampedExponentialSizes() {
    }

    static double mean(double m) {
        return moment(m, 1);
    }

    static double secondMoment(double m) {
        return moment(m, 2);
    }

    private static double moment(double m, int power) {
        double sum = Math.pow(31, power) * (1 - Math.exp(-31.5 / m));
        for (int k = 32; k < 65_000; k++) {
            double p = Math.exp(-(k - 0.5) / m) - Math.exp(-(k + 0.5) / m);
            sum += Math.pow(k, power) * p;
        }
        return sum + Math.pow(65_000, power) * Math.exp(-64_999.5 / m);
    }
}
