package org.nettwin.sim.flow;

/**
 * Closed-form results of single-server FIFO queueing theory that the flow-level estimator is built from. Rates are
 * per second, times in seconds, {@code rho} = load / capacity; capacities {@code k} count the packet in service too
 * (K' = waiting room + 1) and may be fractional (the formulas extend continuously). Every method returns a finite
 * number for finite inputs: overloaded infinite-buffer queues are refused, finite-buffer ones are not.
 */
public final class Queueing {

    /** Below this |ln rho| (k + 1) the truncated geometric distribution is treated as uniform. */
    private static final double NEAR_CRITICAL = 1e-7;

    private Queueing() {
    }

    /**
     * Pollaczek-Khinchine mean wait in queue of M/G/1: lambda E[S^2] / (2 (1 - rho)) with rho = lambda E[S].
     *
     * @throws IllegalArgumentException when rho >= 1 (the infinite queue has no steady state)
     */
    public static double mg1Wait(double lambda, double meanService, double secondMoment) {
        double rho = lambda * meanService;
        requireStable(rho);
        return lambda * secondMoment / (2 * (1 - rho));
    }

    /** M/D/1 mean wait in queue: rho S / (2 (1 - rho)) (P-K with E[S^2] = S^2). */
    public static double md1Wait(double lambda, double service) {
        return mg1Wait(lambda, service, service * service);
    }

    /** M/M/1 mean wait in queue: rho E[S] / (1 - rho) (P-K with E[S^2] = 2 E[S]^2). */
    public static double mm1Wait(double lambda, double meanService) {
        return mg1Wait(lambda, meanService, 2 * meanService * meanService);
    }

    /** M/M/1 mean time in system: 1 / (mu - lambda). */
    public static double mm1Sojourn(double lambda, double meanService) {
        return mm1Wait(lambda, meanService) + meanService;
    }

    /**
     * M/M/1/K probability that an arrival finds the system full (PASTA): (1 - rho) rho^K / (1 - rho^(K+1)); for
     * rho = 1 it is 1 / (K + 1) and for rho > 1 it tends to 1 - 1/rho as K grows.
     */
    public static double mm1kBlocking(double rho, double k) {
        requireCapacity(rho, k);
        if (rho == 0) {
            return 0;
        }
        double logRho = Math.log(rho);
        if (Math.abs(logRho) * (k + 1) < NEAR_CRITICAL) {
            return 1 / (k + 1);
        }
        return Math.min(1, rho < 1 ? topState(rho, k) : bottomState(1 / rho, k));
    }

    /** M/M/1/K probability that the system is empty: (1 - rho) / (1 - rho^(K+1)). */
    public static double mm1kIdle(double rho, double k) {
        requireCapacity(rho, k);
        if (rho == 0) {
            return 1;
        }
        if (Math.abs(Math.log(rho)) * (k + 1) < NEAR_CRITICAL) {
            return 1 / (k + 1);
        }
        return Math.min(1, rho < 1 ? bottomState(rho, k) : topState(1 / rho, k));
    }

    /**
     * M/M/1/K mean number in system: rho / (1 - rho) - (K + 1) rho^(K+1) / (1 - rho^(K+1)); K / 2 at rho = 1. For
     * rho > 1 it is computed on the mirrored distribution (ratio 1/rho), so nothing overflows.
     */
    public static double mm1kMeanInSystem(double rho, double k) {
        requireCapacity(rho, k);
        if (rho == 0) {
            return 0;
        }
        if (Math.abs(Math.log(rho)) * (k + 1) < NEAR_CRITICAL) {
            return k / 2;
        }
        return rho < 1 ? truncatedGeometricMean(rho, k) : k - truncatedGeometricMean(1 / rho, k);
    }

    /** M/M/1/K mean number waiting (not in service): L - (1 - P0). */
    public static double mm1kMeanWaiting(double rho, double k) {
        return Math.max(0, mm1kMeanInSystem(rho, k) - (1 - mm1kIdle(rho, k)));
    }

    /** Mean of P(n) proportional to r^n on 0..k, r < 1: r / (1 - r) - (k + 1) r^(k+1) / (1 - r^(k+1)). */
    private static double truncatedGeometricMean(double r, double k) {
        double logR = Math.log(r);
        double tail = Math.exp((k + 1) * logR);
        double norm = -Math.expm1((k + 1) * logR);
        return r / (1 - r) - (k + 1) * tail / norm;
    }

    /** P(n = k) for P(n) proportional to r^n on 0..k, r < 1. */
    private static double topState(double r, double k) {
        double logR = Math.log(r);
        return (1 - r) * Math.exp(k * logR) / -Math.expm1((k + 1) * logR);
    }

    /** P(n = 0) for P(n) proportional to r^n on 0..k, r < 1. */
    private static double bottomState(double r, double k) {
        return (1 - r) / -Math.expm1((k + 1) * Math.log(r));
    }

    private static void requireStable(double rho) {
        if (!(rho >= 0 && rho < 1)) {
            throw new IllegalArgumentException("an infinite queue needs 0 <= rho < 1, got " + rho);
        }
    }

    private static void requireCapacity(double rho, double k) {
        if (!(rho >= 0) || Double.isInfinite(rho) || !(k >= 0) || Double.isInfinite(k)) {
            throw new IllegalArgumentException("need finite rho >= 0 and capacity >= 0, got " + rho + ", " + k);
        }
    }
}
