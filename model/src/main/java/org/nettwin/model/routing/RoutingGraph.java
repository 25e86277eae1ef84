package org.nettwin.model.routing;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;

/**
 * An immutable, index-based directed view of one {@link Topology} snapshot, for the inner loops of routing and
 * simulation. Node index = position in {@code topology.nodes()} (file order); link index = position in
 * {@code topology.links()}. Link {@code l} gives two arcs: {@code 2l} from end a to end b and {@code 2l + 1} from b
 * to a, each with the link's metric (>= 1) and its per-direction capacity.
 *
 * <p>Adjacency is stored as CSR: the arcs leaving node {@code u} are {@code outArc(i)} for
 * {@code outBegin(u) <= i < outEnd(u)}, sorted by head node index and then by link index, so the first arc that
 * qualifies in a scan is the scenario format's tie-break winner (lowest next hop in file order, then lowest
 * parallel link). Built in O(N + L) by two stable counting sorts.
 */
public final class RoutingGraph {

    private final Topology topology;
    private final NodeId[] nodeIds;
    private final Link[] links;
    private final Map<NodeId, Integer> nodeIndex;
    private final Map<LinkId, Integer> linkIndex;
    private final int[] tail;
    private final int[] head;
    private final int[] metric;
    private final double[] capacityBps;
    private final int[] outStart;
    private final int[] outArcs;

    private RoutingGraph(Topology topology) {
        this.topology = topology;
        List<Node> nodes = topology.nodes();
        List<Link> linkList = topology.links();
        int n = nodes.size();
        int arcs = 2 * linkList.size();
        nodeIds = new NodeId[n];
        nodeIndex = new HashMap<>(2 * n);
        for (int i = 0; i < n; i++) {
            nodeIds[i] = nodes.get(i).id();
            nodeIndex.put(nodeIds[i], i);
        }
        links = linkList.toArray(new Link[0]);
        linkIndex = new HashMap<>(2 * links.length);
        tail = new int[arcs];
        head = new int[arcs];
        metric = new int[arcs];
        capacityBps = new double[arcs];
        for (int l = 0; l < links.length; l++) {
            describeArcs(l);
        }
        outStart = new int[n + 1];
        outArcs = sortArcs(n);
    }

    /** Builds the view of {@code topology} in O(N + L). */
    public static RoutingGraph of(Topology topology) {
        return new RoutingGraph(requireNonNull(topology, "topology"));
    }

    private void describeArcs(int l) {
        Link link = links[l];
        linkIndex.put(link.id(), l);
        int a = nodeIndex.get(link.a());
        int b = nodeIndex.get(link.b());
        int forward = 2 * l;
        tail[forward] = a;
        head[forward] = b;
        tail[forward + 1] = b;
        head[forward + 1] = a;
        metric[forward] = link.metric();
        metric[forward + 1] = link.metric();
        capacityBps[forward] = link.capacity().bitsPerSecond();
        capacityBps[forward + 1] = link.capacity().bitsPerSecond();
    }

    /** Arcs grouped by tail, each group sorted by (head, link): a stable counting sort by head, then by tail. */
    private int[] sortArcs(int n) {
        int arcs = tail.length;
        int[] byHead = countingSort(identity(arcs), head, n, new int[n + 1]);
        return countingSort(byHead, tail, n, outStart);
    }

    private static int[] identity(int size) {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            out[i] = i;
        }
        return out;
    }

    /** Stable counting sort of {@code items} by {@code key[item]}; fills {@code start} with the bucket offsets. */
    private static int[] countingSort(int[] items, int[] key, int buckets, int[] start) {
        for (int item : items) {
            start[key[item] + 1]++;
        }
        for (int k = 0; k < buckets; k++) {
            start[k + 1] += start[k];
        }
        int[] next = new int[buckets];
        System.arraycopy(start, 0, next, 0, buckets);
        int[] out = new int[items.length];
        for (int item : items) {
            out[next[key[item]]++] = item;
        }
        return out;
    }

    /** The snapshot this view was built from. */
    public Topology topology() {
        return topology;
    }

    public int nodeCount() {
        return nodeIds.length;
    }

    public int linkCount() {
        return links.length;
    }

    /** Twice the number of links: one arc per direction. */
    public int arcCount() {
        return tail.length;
    }

    /** The index of {@code id}, empty when the node is not in this snapshot. */
    public OptionalInt indexOf(NodeId id) {
        Integer at = nodeIndex.get(id);
        return at == null ? OptionalInt.empty() : OptionalInt.of(at);
    }

    /** The index of link {@code id}, empty when the link is not in this snapshot. */
    public OptionalInt linkIndexOf(LinkId id) {
        Integer at = linkIndex.get(id);
        return at == null ? OptionalInt.empty() : OptionalInt.of(at);
    }

    public NodeId nodeId(int node) {
        return nodeIds[node];
    }

    public Link link(int linkIndex) {
        return links[linkIndex];
    }

    /** The node an arc leaves. */
    public int tail(int arc) {
        return tail[arc];
    }

    /** The node an arc enters. */
    public int head(int arc) {
        return head[arc];
    }

    /** The index of the link an arc belongs to. */
    public int linkOf(int arc) {
        return arc >> 1;
    }

    public LinkId linkId(int arc) {
        return links[arc >> 1].id();
    }

    /** Whether the arc goes from the link's end a to its end b. */
    public boolean isForward(int arc) {
        return (arc & 1) == 0;
    }

    /** The arc of the same link in the other direction. */
    public int reverse(int arc) {
        return arc ^ 1;
    }

    /** The arc of link {@code linkIndex} leaving {@code from}, which must be one of its ends. */
    public int arcOf(int linkIndex, int from) {
        int forward = 2 * linkIndex;
        if (tail[forward] == from) {
            return forward;
        }
        if (tail[forward + 1] == from) {
            return forward + 1;
        }
        throw new IllegalArgumentException("node " + from + " is not an end of link " + links[linkIndex].id());
    }

    /** The routing metric of an arc (>= 1, the same in both directions). */
    public int metric(int arc) {
        return metric[arc];
    }

    /** The transmit capacity in the arc's direction. */
    public DataRate capacity(int arc) {
        return DataRate.ofBps(capacityBps[arc]);
    }

    /** First position in the CSR arc list of the arcs leaving {@code node}. */
    public int outBegin(int node) {
        return outStart[node];
    }

    /** One past the last position of the arcs leaving {@code node}. */
    public int outEnd(int node) {
        return outStart[node + 1];
    }

    /** The arc at a CSR position; the arcs of a node come sorted by head index, then link index. */
    public int outArc(int position) {
        return outArcs[position];
    }

    /** The number of arcs leaving {@code node} (parallel links count separately). */
    public int degree(int node) {
        return outStart[node + 1] - outStart[node];
    }
}
