package org.nettwin.sim.flow;

/**
 * The steady state of one link direction's transmitter in one period: the probability that a packet finds the
 * waiting room full ({@code blocking}), the mean time a packet that is accepted waits before its own transmission
 * starts ({@code waitS}, seconds) and the time-average number of packets waiting ({@code meanWaiting}).
 *
 * <p>The model is M/G/1 with a finite waiting room, approximated by a variability-scaled M/M/1/K (the diffusion
 * approximation of GI/G/1/K): with {@code v} = variance rate of the offered work / (2 lambda E[S]^2), the queue
 * length behaves like an M/M/1 queue length scaled by {@code v}, so the queue is solved as M/M/1/K_e with
 * K_e = K / v and its mean waiting number multiplied back by {@code v}. This reduces exactly to the
 * Pollaczek-Khinchine mean (M/G/1) when the buffer is large and rho &lt; 1 - hence to M/D/1 for fixed sizes and
 * M/M/1 for exponential ones - and exactly to M/M/1/K for Poisson traffic of exponential sizes (v = 1); for fixed
 * sizes (v = 1/2) it is the usual M/D/1/K approximation by an M/M/1/K of twice the buffer. It stays finite when
 * rho &gt;= 1: the loss tends to 1 - 1/rho and the queue to the full buffer. Zero variance (one CBR flow of fixed
 * size alone) is D/D/1: no wait below rho = 1, a full queue above.
 */
record HopQueue(double blocking, double waitS, double meanWaiting) {

    /** A transmitter nothing is sent to. */
    static final HopQueue IDLE = new HopQueue(0, 0, 0);

    /** Below this scaled variance the offered work is treated as deterministic. */
    private static final double DETERMINISTIC = 1e-12;

    /**
     * Solves one transmitter.
     *
     * @param lambda       packets offered per second
     * @param meanService  mean transmission time of an offered packet, seconds (infinite on a zero-rate link)
     * @param varianceRate variance of the offered work per second, s^2/s (lambda E[S^2] for Poisson traffic)
     * @param queuePackets the waiting room, packets (not counting the one in transmission)
     */
    static HopQueue solve(double lambda, double meanService, double varianceRate, int queuePackets) {
        if (!(lambda > 0)) {
            return IDLE;
        }
        if (Double.isInfinite(meanService)) {
            return new HopQueue(1, 0, 0);
        }
        double rho = lambda * meanService;
        double v = varianceRate / (2 * lambda * meanService * meanService);
        if (!(v > DETERMINISTIC)) {
            return deterministic(rho, meanService, queuePackets);
        }
        double k = queuePackets + 1.0;
        double scaledCapacity = Math.max(1, k / v);
        double blocking = Queueing.mm1kBlocking(rho, scaledCapacity);
        double waiting = Math.min(queuePackets, v * Queueing.mm1kMeanWaiting(rho, scaledCapacity));
        double accepted = lambda * (1 - blocking);
        double wait = accepted > 0 ? waiting / accepted : 0;
        return new HopQueue(blocking, wait, waiting);
    }

    /** D/D/1 with a finite buffer: nothing waits below capacity; above it the queue is full and the excess lost. */
    private static HopQueue deterministic(double rho, double meanService, int queuePackets) {
        if (rho <= 1) {
            return IDLE;
        }
        return new HopQueue(1 - 1 / rho, queuePackets * meanService, queuePackets);
    }
}
