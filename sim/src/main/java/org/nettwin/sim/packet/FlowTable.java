package org.nettwin.sim.packet;

import java.util.List;
import java.util.Map;
import org.nettwin.model.scenario.Arrival;
import org.nettwin.model.scenario.Flow;
import org.nettwin.model.scenario.SizeDistribution;
import org.nettwin.model.topology.NodeId;

/**
 * The flows of a scenario (file order) as primitive arrays: source and destination node index, start and stop
 * (ns), arrival process, size distribution, packet size (bytes) and the rate (bit/s) after the scale_flows events at
 * or before 0. Read-only once the plan is built.
 */
final class FlowTable {

    final int count;
    final int[] src;
    final int[] dst;
    final long[] start;
    final long[] stop;
    final boolean[] poisson;
    final boolean[] exponentialSizes;
    final int[] size;
    final double[] rateBps;

    FlowTable(List<Flow> flows, Map<NodeId, Integer> nodeIndex) {
        count = flows.size();
        src = new int[count];
        dst = new int[count];
        start = new long[count];
        stop = new long[count];
        poisson = new boolean[count];
        exponentialSizes = new boolean[count];
        size = new int[count];
        rateBps = new double[count];
        for (int f = 0; f < count; f++) {
            Flow flow = flows.get(f);
            src[f] = nodeIndex.get(flow.source());
            dst[f] = nodeIndex.get(flow.destination());
            start[f] = flow.start().toNanos();
            stop[f] = flow.stop().toNanos();
            poisson[f] = flow.arrival() == Arrival.POISSON;
            exponentialSizes[f] = flow.sizes() == SizeDistribution.EXPONENTIAL;
            size[f] = flow.packetSizeBytes();
            rateBps[f] = flow.rate().bitsPerSecond();
        }
    }
}
