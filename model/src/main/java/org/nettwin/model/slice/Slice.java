package org.nettwin.model.slice;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.nettwin.model.topology.NodeId;

/**
 * A network slice or service: its type, its SLA target, the nodes where it is offered (e.g. the radio sites and
 * the edge server hosting its application) and the ids of the demands that carry its traffic.
 * Later issues turn slices into intents for the closed loop.
 */
public record Slice(String id, SliceType type, SlaTarget sla, List<NodeId> endpoints, List<String> demandIds) {

    public Slice {
        requireNonNull(id, "id");
        requireNonNull(type, "type");
        requireNonNull(sla, "sla");
        endpoints = List.copyOf(endpoints);
        demandIds = List.copyOf(demandIds);
        if (id.isBlank()) {
            throw new IllegalArgumentException("slice id is blank");
        }
    }
}
