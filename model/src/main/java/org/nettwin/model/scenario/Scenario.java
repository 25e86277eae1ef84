package org.nettwin.model.scenario;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nettwin.model.topology.Topology;

/**
 * A what-if question in the exchange format of spec/scenario-format.md: a topology (links carry rate, delay,
 * queue and metric), the traffic flows, timed events and how to run it. Every flow and event references elements
 * of the topology; flow ids are unique.
 */
public record Scenario(String name, String description, SimulationSettings simulation, Topology topology,
                       List<Flow> flows, List<ScenarioEvent> events) {

    public Scenario {
        requireNonNull(name, "name");
        requireNonNull(description, "description");
        requireNonNull(simulation, "simulation");
        requireNonNull(topology, "topology");
        flows = List.copyOf(flows);
        events = List.copyOf(events);
        Set<String> ids = new HashSet<>();
        for (Flow f : flows) {
            if (!ids.add(f.id())) {
                throw new IllegalArgumentException("duplicate flow id " + f.id());
            }
            if (!topology.contains(f.source()) || !topology.contains(f.destination())) {
                throw new IllegalArgumentException("flow " + f.id() + " references a node that is not in the topology");
            }
        }
        for (ScenarioEvent e : events) {
            checkEvent(e, topology, ids);
        }
    }

    private static void checkEvent(ScenarioEvent e, Topology topology, Set<String> flowIds) {
        if (e instanceof ScenarioEvent.LinkDown d && topology.link(d.link()).isEmpty()
                || e instanceof ScenarioEvent.LinkUp u && topology.link(u.link()).isEmpty()) {
            throw new IllegalArgumentException("event at " + e.at() + " references an unknown link");
        }
        if (e instanceof ScenarioEvent.NodeDown d && !topology.contains(d.node())
                || e instanceof ScenarioEvent.NodeUp u && !topology.contains(u.node())) {
            throw new IllegalArgumentException("event at " + e.at() + " references an unknown node");
        }
        if (e instanceof ScenarioEvent.ScaleFlows s && !flowIds.containsAll(s.flows())) {
            throw new IllegalArgumentException("scale_flows event at " + e.at() + " references an unknown flow");
        }
    }
}
