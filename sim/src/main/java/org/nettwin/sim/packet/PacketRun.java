package org.nettwin.sim.packet;

import static java.util.Objects.requireNonNull;

import org.nettwin.sim.result.SimulationResult;

/**
 * A packet-level run with the work it took, for benchmarks: the result, the packets the sources sent and the
 * packet-hops (packets admitted to a link), both summed over replications, and the peak number of packets alive
 * at once in any replication.
 */
public record PacketRun(SimulationResult result, long packets, long packetHops, int peakPackets) {

    public PacketRun {
        requireNonNull(result, "result");
    }
}
