package org.nettwin.twin.matrix;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.topology.NodeId;
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

    /** The totals of a known matrix: each node's originated and terminated traffic (what edge links would show). */
    public static NodeTotals of(TrafficMatrix matrix) {
        Map<NodeId, DataRate> in = new HashMap<>();
        Map<NodeId, DataRate> out = new HashMap<>();
        for (Demand d : matrix.demands()) {
            in.merge(d.origin(), d.rate(), DataRate::plus);
            out.merge(d.destination(), d.rate(), DataRate::plus);
            in.putIfAbsent(d.destination(), DataRate.ZERO);
            out.putIfAbsent(d.origin(), DataRate.ZERO);
        }
        return new NodeTotals(in, out);
    }
}
