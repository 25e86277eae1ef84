package org.nettwin.server.topology;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nettwin.model.format.NetworkFile;
import org.nettwin.model.routing.GraphFacts;
import org.nettwin.model.topology.CapacitySource;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Topology;

/**
 * The facts {@code nettwin topology} reports about a file (spec/cli.md): counts, connectivity, hop diameter of the
 * largest component and the sum of the capacities the file states (absent when it states none).
 */
public record TopologySummary(String name, String format, int nodes, int links, int demands, boolean connected,
                              int diameterHops, Optional<Double> totalCapacityBps, int linksWithStatedCapacity) {

    /** Computes the summary of a file as read. */
    public static TopologySummary of(NetworkFile file) {
        Topology topology = file.network().topology();
        GraphFacts facts = GraphFacts.of(topology);
        double total = 0;
        int stated = 0;
        for (Link link : topology.links()) {
            if (link.capacitySource() == CapacitySource.STATED) {
                total += link.capacity().bitsPerSecond();
                stated++;
            }
        }
        // A file where every stated capacity is zero (SNDlib: nothing pre-installed) states no capacity.
        Optional<Double> capacity = total > 0 ? Optional.of(total) : Optional.empty();
        return new TopologySummary(topology.name(), file.format().jsonName(), topology.nodes().size(),
                topology.links().size(), file.network().demands().size(), facts.isConnected(), facts.hopDiameter(),
                capacity, stated);
    }

    /** The JSON object of spec/cli.md, with its keys in the documented order. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("format", format);
        json.put("nodes", nodes);
        json.put("links", links);
        json.put("demands", demands);
        json.put("connected", connected);
        json.put("diameter_hops", diameterHops);
        json.put("total_capacity_bps", totalCapacityBps.orElse(null));
        return json;
    }

    /** Human-readable lines of the summary. */
    public List<String> describe() {
        String capacity = totalCapacityBps
                .map(c -> org.nettwin.model.units.DataRate.ofBps(c) + " (" + linksWithStatedCapacity + " of " + links
                        + " links state a capacity)")
                .orElse("not stated in the file");
        return List.of(
                name + " (" + format + ")",
                "  nodes:          " + nodes,
                "  links:          " + links + " (full duplex)",
                "  demands:        " + demands,
                "  connected:      " + (connected ? "yes" : "no"),
                "  diameter:       " + diameterHops + " hops" + (connected ? "" : " (largest component)"),
                "  total capacity: " + capacity);
    }
}
