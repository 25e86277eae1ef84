package org.nettwin.sim.packet;

/**
 * The raw figures of one replication, per flow (file order) and per arc ({@code 2l} = a to b of link l), in SI
 * units: delays in seconds, throughput in bit/s. A flow that received nothing has NaN delays (and NaN jitter with
 * fewer than two receptions); an arc that carried nothing has {@code used} false.
 */
final class ReplicationResult {

    long events;
    long packets;
    long hops;
    int peakPackets;
    long[] tx;
    long[] rx;
    double[] meanDelay;
    double[] p50Delay;
    double[] p99Delay;
    double[] jitter;
    double[] throughput;
    boolean[] arcUsed;
    double[] utilisation;
    long[] dropped;
    double[] meanQueue;
}
