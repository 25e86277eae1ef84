package org.nettwin.sim.packet;

import java.util.List;
import java.util.Map;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.NodeId;

/**
 * The link directions of a scenario as primitive arrays: arc {@code 2l} goes from end a to end b of link {@code l}
 * (file order), {@code 2l + 1} back; each with its head and tail node index, line rate (bit/s), propagation delay
 * (ns) and queue size (waiting packets). Read-only once built.
 */
final class ArcTable {

    final int links;
    final int[] head;
    final int[] tail;
    final double[] rateBps;
    final long[] delayNs;
    final int[] queue;

    ArcTable(List<Link> linkList, Map<NodeId, Integer> nodeIndex) {
        links = linkList.size();
        head = new int[2 * links];
        tail = new int[2 * links];
        rateBps = new double[2 * links];
        delayNs = new long[2 * links];
        queue = new int[2 * links];
        for (int l = 0; l < links; l++) {
            Link link = linkList.get(l);
            int a = nodeIndex.get(link.a());
            int b = nodeIndex.get(link.b());
            for (int dir = 0; dir < 2; dir++) {
                int arc = 2 * l + dir;
                tail[arc] = dir == 0 ? a : b;
                head[arc] = dir == 0 ? b : a;
                rateBps[arc] = link.capacity().bitsPerSecond();
                delayNs[arc] = link.delay().toNanos();
                queue[arc] = link.queuePackets();
            }
        }
    }

    int count() {
        return head.length;
    }
}
