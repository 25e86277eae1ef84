package org.nettwin.model.routing;

import java.util.Arrays;

/**
 * A reusable Dijkstra workspace over a {@link RoutingGraph}: an indexed binary heap on primitive arrays, keyed by
 * (distance, node index), so nodes are settled in exactly that order. It computes distances <em>towards</em> a
 * node, walking arcs backwards; with no restriction this equals the distance from it, as metrics are symmetric.
 * Not thread-safe: one instance per thread.
 */
final class DijkstraSearch {

    /** The distance of a node that cannot reach the target. */
    static final long UNREACHABLE = Long.MAX_VALUE;

    private final RoutingGraph graph;
    private final int[] heap;
    private final int[] position;
    private int size;
    private long[] key;

    DijkstraSearch(RoutingGraph graph) {
        this.graph = graph;
        this.heap = new int[graph.nodeCount()];
        this.position = new int[graph.nodeCount()];
    }

    /**
     * Fills {@code dist} with every node's distance to {@code target} ({@link #UNREACHABLE} when none) and
     * {@code order} with the reached nodes by (distance, index); returns how many were reached.
     */
    int run(int target, long[] dist, int[] order) {
        return run(target, dist, order, null, null);
    }

    /**
     * As {@link #run(int, long[], int[])} in the graph without the nodes marked in {@code removedNode} and the arcs
     * marked in {@code removedArc} (both non-null or both null). The target itself must not be removed.
     */
    int run(int target, long[] dist, int[] order, boolean[] removedNode, boolean[] removedArc) {
        Arrays.fill(dist, UNREACHABLE);
        key = dist;
        size = 0;
        dist[target] = 0;
        push(target);
        int reached = 0;
        boolean restricted = removedNode != null;
        while (size > 0) {
            int v = pop();
            order[reached++] = v;
            long dv = dist[v];
            for (int i = graph.outBegin(v), end = graph.outEnd(v); i < end; i++) {
                int back = graph.outArc(i);
                int u = graph.head(back);
                if (restricted && (removedNode[u] || removedArc[back ^ 1])) {
                    continue;
                }
                long candidate = dv + graph.metric(back);
                if (candidate < dist[u]) {
                    boolean fresh = dist[u] == UNREACHABLE;
                    dist[u] = candidate;
                    if (fresh) {
                        push(u);
                    } else {
                        siftUp(position[u]);
                    }
                }
            }
        }
        return reached;
    }

    private boolean before(int x, int y) {
        long kx = key[x];
        long ky = key[y];
        return kx < ky || kx == ky && x < y;
    }

    private void push(int node) {
        heap[size] = node;
        position[node] = size;
        size++;
        siftUp(size - 1);
    }

    private int pop() {
        int top = heap[0];
        size--;
        if (size > 0) {
            heap[0] = heap[size];
            position[heap[0]] = 0;
            siftDown(0);
        }
        return top;
    }

    private void siftUp(int at) {
        int node = heap[at];
        int i = at;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(node, heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            position[heap[i]] = i;
            i = parent;
        }
        heap[i] = node;
        position[node] = i;
    }

    private void siftDown(int at) {
        int node = heap[at];
        int i = at;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], node)) {
                break;
            }
            heap[i] = heap[child];
            position[heap[i]] = i;
            i = child;
        }
        heap[i] = node;
        position[node] = i;
    }
}
