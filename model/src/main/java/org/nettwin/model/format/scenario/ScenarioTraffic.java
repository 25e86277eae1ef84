package org.nettwin.model.format.scenario;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.json.JsonValue;
import org.nettwin.model.scenario.Arrival;
import org.nettwin.model.scenario.FailedElements;
import org.nettwin.model.scenario.Flow;
import org.nettwin.model.scenario.ScenarioEvent;
import org.nettwin.model.scenario.SizeDistribution;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;

/** Reads the flows and events of one scenario against its topology, and checks that every flow has a route. */
final class ScenarioTraffic {

    private final Topology topology;
    private final Map<String, JsonValue> flowElements = new HashMap<>();

    ScenarioTraffic(Topology topology) {
        this.topology = topology;
    }

    List<Flow> flows(List<JsonValue> items) throws FormatException {
        List<Flow> flows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonValue f = items.get(i).labelled("flows[" + i + "]").asObject("a flow");
            Optional<JsonValue> idValue = f.field("id");
            String id = idValue.isPresent() ? idValue.get().asId("id") : String.valueOf(i);
            f = f.labelled("flow " + id);
            if (flowElements.putIfAbsent(id, f) != null) {
                throw f.error("duplicate flow id " + id);
            }
            flows.add(flow(f, id));
        }
        return flows;
    }

    private Flow flow(JsonValue f, String id) throws FormatException {
        NodeId src = node(f.required("src"), "src");
        NodeId dst = node(f.required("dst"), "dst");
        if (src.equals(dst)) {
            throw f.required("dst").error("src and dst are the same node " + src);
        }
        JsonValue startValue = f.required("start_s");
        Duration start = startValue.asSeconds("start_s");
        if (start.isNegative()) {
            throw startValue.error("start_s must be >= 0, got " + startValue.describe());
        }
        JsonValue stopValue = f.required("stop_s");
        Duration stop = stopValue.asSeconds("stop_s");
        if (stop.compareTo(start) < 0) {
            throw stopValue.error("stop_s must not be before start_s, got " + stopValue.describe());
        }
        Arrival arrival = arrival(f.required("arrival"));
        SizeDistribution sizes = sizes(f.required("size_distribution"));
        JsonValue sizeValue = f.required("packet_size_bytes");
        int size = sizeValue.asInt("packet_size_bytes");
        if (size <= 0) {
            throw sizeValue.error("packet_size_bytes must be > 0, got " + size);
        }
        JsonValue rateValue = f.required("rate_bps");
        double rate = rateValue.asNumber("rate_bps");
        if (!(rate > 0)) {
            throw rateValue.error("rate_bps must be > 0, got " + rateValue.describe());
        }
        try {
            return new Flow(id, src, dst, start, stop, arrival, sizes, size, DataRate.ofBps(rate));
        } catch (IllegalArgumentException e) {
            throw f.error(e.getMessage());
        }
    }

    private static Arrival arrival(JsonValue v) throws FormatException {
        String text = v.asString("arrival");
        switch (text) {
            case "cbr":
                return Arrival.CBR;
            case "poisson":
                return Arrival.POISSON;
            default:
                throw v.error("unknown arrival \"" + text + "\" (cbr or poisson)");
        }
    }

    private static SizeDistribution sizes(JsonValue v) throws FormatException {
        String text = v.asString("size_distribution");
        switch (text) {
            case "fixed":
                return SizeDistribution.FIXED;
            case "exponential":
                return SizeDistribution.EXPONENTIAL;
            default:
                throw v.error("unknown size_distribution \"" + text + "\" (fixed or exponential)");
        }
    }

    List<ScenarioEvent> events(List<JsonValue> items) throws FormatException {
        List<ScenarioEvent> events = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            events.add(event(items.get(i).labelled("events[" + i + "]").asObject("an event")));
        }
        return events;
    }

    private ScenarioEvent event(JsonValue e) throws FormatException {
        Duration at = e.seconds("at_s");
        JsonValue typeValue = e.required("type");
        String type = typeValue.asString("type");
        switch (type) {
            case "link_down":
                return new ScenarioEvent.LinkDown(at, link(e.required("link"), "link"));
            case "link_up":
                return new ScenarioEvent.LinkUp(at, link(e.required("link"), "link"));
            case "node_down":
                return new ScenarioEvent.NodeDown(at, node(e.required("node"), "node"));
            case "node_up":
                return new ScenarioEvent.NodeUp(at, node(e.required("node"), "node"));
            case "scale_flows":
                return scale(e, at);
            default:
                throw typeValue.error("unknown event type \"" + type
                        + "\" (link_down, link_up, node_down, node_up or scale_flows)");
        }
    }

    private ScenarioEvent scale(JsonValue e, Duration at) throws FormatException {
        JsonValue factorValue = e.required("factor");
        double factor = factorValue.asNumber("factor");
        if (!(factor > 0)) {
            throw factorValue.error("factor must be > 0, got " + factorValue.describe());
        }
        List<String> flows = new ArrayList<>();
        for (JsonValue v : e.optionalArray("flows")) {
            String id = v.asId("flows entry");
            if (!flowElements.containsKey(id)) {
                throw v.error("unknown flow " + id);
            }
            flows.add(id);
        }
        return new ScenarioEvent.ScaleFlows(at, factor, flows);
    }

    LinkId link(JsonValue v, String what) throws FormatException {
        LinkId id = LinkId.of(v.asId(what));
        if (topology.link(id).isEmpty()) {
            throw v.error("unknown link " + id);
        }
        return id;
    }

    private NodeId node(JsonValue v, String what) throws FormatException {
        NodeId id = NodeId.of(v.asId(what));
        if (!topology.contains(id)) {
            throw v.error("unknown node " + id);
        }
        return id;
    }

    /**
     * Checks that every flow's destination is reachable from its source once the links and nodes that are down
     * at the start ({@code failed_link} and events at or before 0, applied in order) are taken out.
     */
    void requireRoutes(List<Flow> flows, List<ScenarioEvent> events) throws FormatException {
        FailedElements down = FailedElements.atStart(events);
        Map<NodeId, Set<NodeId>> reachable = new HashMap<>();
        for (Flow f : flows) {
            Set<NodeId> from = reachable.computeIfAbsent(f.source(), s -> reach(s, down));
            if (!from.contains(f.destination())) {
                throw flowElements.get(f.id()).error("no route from " + f.source() + " to " + f.destination()
                        + (down.isEmpty() ? "" : " with the failed elements down"));
            }
        }
    }

    private Set<NodeId> reach(NodeId source, FailedElements down) {
        Set<NodeId> seen = new HashSet<>();
        if (down.nodes().contains(source)) {
            return seen;
        }
        Queue<NodeId> queue = new ArrayDeque<>();
        seen.add(source);
        queue.add(source);
        while (!queue.isEmpty()) {
            NodeId at = queue.remove();
            for (Link l : topology.linksAt(at)) {
                NodeId next = l.opposite(at);
                if (!down.blocks(l) && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }
}
