package org.nettwin.sim.packet;

import java.util.Arrays;

/**
 * Per-flow measurement of one replication, as ns-3's FlowMonitor does it at the IP layer: packets sent and
 * received, the delay of each received packet (send at the source to the last bit at the destination) summed and
 * binned for percentiles, jitter as the sum of |d_i - d_(i-1)| over consecutive receptions, received bytes, the
 * first send and the last receive time. All times in ns.
 */
final class FlowMonitor {

    final long[] tx;
    final long[] rx;
    final long[] rxBytes;
    final long[] delaySum;
    final long[] jitterSum;
    final long[] firstTx;
    final long[] lastRx;
    private final long[] lastDelay;
    private final DelayHistogram[] delays;

    FlowMonitor(int flows) {
        tx = new long[flows];
        rx = new long[flows];
        rxBytes = new long[flows];
        delaySum = new long[flows];
        jitterSum = new long[flows];
        firstTx = new long[flows];
        lastRx = new long[flows];
        lastDelay = new long[flows];
        Arrays.fill(firstTx, -1);
        delays = new DelayHistogram[flows];
        for (int f = 0; f < flows; f++) {
            delays[f] = new DelayHistogram();
        }
    }

    void sent(int flow, long now) {
        if (tx[flow]++ == 0) {
            firstTx[flow] = now;
        }
    }

    void received(int flow, int bytes, long delay, long now) {
        if (rx[flow]++ > 0) {
            jitterSum[flow] += Math.abs(delay - lastDelay[flow]);
        }
        lastDelay[flow] = delay;
        rxBytes[flow] += bytes;
        delaySum[flow] += delay;
        lastRx[flow] = now;
        delays[flow].record(delay);
    }

    /** The {@code q}-quantile of the flow's delays, ns; NaN when nothing was received. */
    double delayQuantile(int flow, double q) {
        return delays[flow].quantile(q);
    }
}
