package org.nettwin.model.network;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nettwin.model.slice.Slice;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.TrafficMatrix;

/**
 * Everything known about one operator network at one moment: the topology, the offered traffic and the slices
 * with their SLA targets. Demands and slices only reference nodes of the topology.
 */
public record Network(Topology topology, TrafficMatrix demands, List<Slice> slices) {

    public Network {
        requireNonNull(topology, "topology");
        requireNonNull(demands, "demands");
        slices = List.copyOf(slices);
        for (Demand d : demands.demands()) {
            requireNode(topology, d.origin(), "demand " + d.id());
            requireNode(topology, d.destination(), "demand " + d.id());
        }
        Set<String> sliceIds = new HashSet<>();
        for (Slice s : slices) {
            if (!sliceIds.add(s.id())) {
                throw new IllegalArgumentException("duplicate slice id " + s.id());
            }
            for (NodeId n : s.endpoints()) {
                requireNode(topology, n, "slice " + s.id());
            }
            for (String demandId : s.demandIds()) {
                if (demands.demand(demandId).isEmpty()) {
                    throw new IllegalArgumentException("slice " + s.id() + " references unknown demand " + demandId);
                }
            }
        }
    }

    /** A network with a topology only. */
    public static Network of(Topology topology) {
        return new Network(topology, TrafficMatrix.EMPTY, List.of());
    }

    public Network withDemands(TrafficMatrix newDemands) {
        return new Network(topology, newDemands, slices);
    }

    public Network withTopology(Topology newTopology) {
        return new Network(newTopology, demands, slices);
    }

    private static void requireNode(Topology topology, NodeId node, String who) {
        if (!topology.contains(node)) {
            throw new IllegalArgumentException(who + " references unknown node " + node);
        }
    }
}
