package org.nettwin.twin.matrix;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;

/**
 * Per node, the total traffic entering the network there ({@code ingress}: all it originates, e.g. the sum of its
 * access links' inbound loads) and leaving the network there ({@code egress}: all destined to it). Both maps must
 * cover every node of the topology they are used with.
 */
public record NodeTotals(Map<NodeId, DataRate> ingress, Map<NodeId, DataRate> egress) {

    public NodeTotals {
        ingress = Map.copyOf(Objects.requireNonNull(ingress, "ingress"));
        egress = Map.copyOf(Objects.requireNonNull(egress, "egress"));
    }

    /**
     * The totals of a known matrix: each node's originated and terminated traffic (what edge links would show).
     * Only nodes the matrix names are listed; see {@link #of(Topology, TrafficMatrix)} for a whole network.
     */
    public static NodeTotals of(TrafficMatrix matrix) {
        return of(List.of(), matrix);
    }

    /** The totals of a known matrix for every node of {@code topology}, 0 for the nodes without traffic. */
    public static NodeTotals of(Topology topology, TrafficMatrix matrix) {
        return of(topology.nodes().stream().map(Node::id).toList(), matrix);
    }

    private static NodeTotals of(List<NodeId> nodes, TrafficMatrix matrix) {
        Map<NodeId, DataRate> in = new HashMap<>();
        Map<NodeId, DataRate> out = new HashMap<>();
        for (NodeId node : nodes) {
            in.put(node, DataRate.ZERO);
            out.put(node, DataRate.ZERO);
        }
        for (Demand d : matrix.demands()) {
            in.merge(d.origin(), d.rate(), DataRate::plus);
            out.merge(d.destination(), d.rate(), DataRate::plus);
            in.putIfAbsent(d.destination(), DataRate.ZERO);
            out.putIfAbsent(d.origin(), DataRate.ZERO);
        }
        return new NodeTotals(in, out);
    }
}
