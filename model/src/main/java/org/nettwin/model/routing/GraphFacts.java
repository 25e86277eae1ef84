package org.nettwin.model.routing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;

/**
 * Structural facts of a network seen as an undirected graph: {@code nodeCount} nodes, {@code linkCount} links, the
 * number of connected {@code components} (an isolated node is one), the {@code largestComponent} (its nodes in file
 * order; the first in file order among equally large ones) and {@code hopDiameter}, the longest shortest path in
 * hops within the largest component (0 for a single node or an empty network).
 */
public record GraphFacts(int nodeCount, int linkCount, int components, List<NodeId> largestComponent, int hopDiameter) {

    public GraphFacts {
        largestComponent = List.copyOf(largestComponent);
        if (nodeCount < 0 || linkCount < 0 || components < 0 || hopDiameter < 0) {
            throw new IllegalArgumentException("graph facts are never negative");
        }
        if (components > nodeCount || largestComponent.size() > nodeCount) {
            throw new IllegalArgumentException("more components or component nodes than nodes");
        }
    }

    /** The facts of {@code topology}: a union of breadth-first searches, O(N (N + L)) for the diameter. */
    public static GraphFacts of(Topology topology) {
        return of(RoutingGraph.of(requireNonNull(topology, "topology")));
    }

    /** The facts of the network behind {@code graph}. */
    public static GraphFacts of(RoutingGraph graph) {
        int n = graph.nodeCount();
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int[] queue = new int[n];
        int[] hops = new int[n];
        int components = 0;
        int largest = -1;
        int largestSize = 0;
        for (int s = 0; s < n; s++) {
            if (component[s] < 0) {
                int size = label(graph, s, components, component, queue);
                if (size > largestSize) {
                    largest = components;
                    largestSize = size;
                }
                components++;
            }
        }
        List<NodeId> members = new ArrayList<>(largestSize);
        int diameter = 0;
        for (int s = 0; s < n; s++) {
            if (component[s] == largest) {
                members.add(graph.nodeId(s));
                diameter = Math.max(diameter, eccentricity(graph, s, queue, hops));
            }
        }
        return new GraphFacts(n, graph.linkCount(), components, members, diameter);
    }

    /** Marks the component of {@code start} as {@code id}; returns its size. */
    private static int label(RoutingGraph graph, int start, int id, int[] component, int[] queue) {
        int head = 0;
        int tail = 0;
        queue[tail++] = start;
        component[start] = id;
        while (head < tail) {
            int u = queue[head++];
            for (int i = graph.outBegin(u), end = graph.outEnd(u); i < end; i++) {
                int v = graph.head(graph.outArc(i));
                if (component[v] < 0) {
                    component[v] = id;
                    queue[tail++] = v;
                }
            }
        }
        return tail;
    }

    /** The largest hop distance from {@code start} to a node of its component (breadth-first). */
    private static int eccentricity(RoutingGraph graph, int start, int[] queue, int[] hops) {
        Arrays.fill(hops, -1);
        int head = 0;
        int tail = 0;
        queue[tail++] = start;
        hops[start] = 0;
        int max = 0;
        while (head < tail) {
            int u = queue[head++];
            max = hops[u];
            for (int i = graph.outBegin(u), end = graph.outEnd(u); i < end; i++) {
                int v = graph.head(graph.outArc(i));
                if (hops[v] < 0) {
                    hops[v] = hops[u] + 1;
                    queue[tail++] = v;
                }
            }
        }
        return max;
    }

    /** Whether every node can reach every other one (true for an empty or one-node network). */
    public boolean isConnected() {
        return components <= 1;
    }
}
