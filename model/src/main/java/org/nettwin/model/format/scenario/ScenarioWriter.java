package org.nettwin.model.format.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.nettwin.model.format.json.JsonOutput;
import org.nettwin.model.scenario.Flow;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.scenario.ScenarioEvent;
import org.nettwin.model.scenario.SimulationSettings;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;

/**
 * Writes a {@link Scenario} as the scenario JSON of spec/scenario-format.md, pretty-printed, with ids as integers
 * when they are canonical integers and strings otherwise, so that {@link ScenarioReader} reads it back equal.
 * Node and link attributes are written as extra string fields (except any named like a field of the format);
 * cells, coordinates and capacity sources have no place in the format and are left out.
 */
public final class ScenarioWriter {

    private final JsonOutput output = new JsonOutput();

    /** The scenario as JSON text ending with a newline. */
    public String write(Scenario scenario) {
        return output.write(out -> {
            out.writeStartObject();
            out.writeStringField("name", scenario.name());
            out.writeStringField("description", scenario.description());
            simulation(out, scenario.simulation());
            out.writeArrayFieldStart("nodes");
            for (Node n : scenario.topology().nodes()) {
                node(out, n);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("links");
            for (Link l : scenario.topology().links()) {
                link(out, l);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("flows");
            for (Flow f : scenario.flows()) {
                flow(out, f);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("events");
            for (ScenarioEvent e : scenario.events()) {
                event(out, e);
            }
            out.writeEndArray();
            out.writeEndObject();
        });
    }

    private static void simulation(JsonGenerator out, SimulationSettings s) throws IOException {
        out.writeObjectFieldStart("simulation");
        JsonOutput.secondsField(out, "duration_s", s.duration());
        JsonOutput.secondsField(out, "drain_s", s.drain());
        out.writeNumberField("seed", s.seed());
        out.writeNumberField("replications", s.replications());
        out.writeEndObject();
    }

    private static void node(JsonGenerator out, Node n) throws IOException {
        out.writeStartObject();
        JsonOutput.idField(out, "id", n.id().value());
        out.writeStringField("name", n.name());
        out.writeStringField("kind", n.kind().fileName());
        extras(out, n.attributes(), ScenarioReader.NODE_FIELDS);
        out.writeEndObject();
    }

    private static void link(JsonGenerator out, Link l) throws IOException {
        out.writeStartObject();
        JsonOutput.idField(out, "id", l.id().value());
        JsonOutput.idField(out, "a", l.a().value());
        JsonOutput.idField(out, "b", l.b().value());
        JsonOutput.numberField(out, "rate_bps", l.capacity().bitsPerSecond());
        JsonOutput.secondsField(out, "delay_s", l.delay());
        out.writeNumberField("queue_packets", l.queuePackets());
        out.writeNumberField("metric", l.metric());
        extras(out, l.attributes(), ScenarioReader.LINK_FIELDS);
        out.writeEndObject();
    }

    private static void extras(JsonGenerator out, Map<String, String> attributes, Set<String> known)
            throws IOException {
        for (Map.Entry<String, String> e : new TreeMap<>(attributes).entrySet()) {
            if (!known.contains(e.getKey())) {
                out.writeStringField(e.getKey(), e.getValue());
            }
        }
    }

    private static void flow(JsonGenerator out, Flow f) throws IOException {
        out.writeStartObject();
        JsonOutput.idField(out, "id", f.id());
        JsonOutput.idField(out, "src", f.source().value());
        JsonOutput.idField(out, "dst", f.destination().value());
        JsonOutput.secondsField(out, "start_s", f.start());
        JsonOutput.secondsField(out, "stop_s", f.stop());
        out.writeStringField("arrival", f.arrival().name().toLowerCase(Locale.ROOT));
        out.writeStringField("size_distribution", f.sizes().name().toLowerCase(Locale.ROOT));
        out.writeNumberField("packet_size_bytes", f.packetSizeBytes());
        JsonOutput.numberField(out, "rate_bps", f.rate().bitsPerSecond());
        out.writeEndObject();
    }

    private static void event(JsonGenerator out, ScenarioEvent e) throws IOException {
        out.writeStartObject();
        JsonOutput.secondsField(out, "at_s", e.at());
        if (e instanceof ScenarioEvent.LinkDown d) {
            out.writeStringField("type", "link_down");
            JsonOutput.idField(out, "link", d.link().value());
        } else if (e instanceof ScenarioEvent.LinkUp u) {
            out.writeStringField("type", "link_up");
            JsonOutput.idField(out, "link", u.link().value());
        } else if (e instanceof ScenarioEvent.NodeDown d) {
            out.writeStringField("type", "node_down");
            JsonOutput.idField(out, "node", d.node().value());
        } else if (e instanceof ScenarioEvent.NodeUp u) {
            out.writeStringField("type", "node_up");
            JsonOutput.idField(out, "node", u.node().value());
        } else if (e instanceof ScenarioEvent.ScaleFlows s) {
            out.writeStringField("type", "scale_flows");
            JsonOutput.numberField(out, "factor", s.factor());
            if (!s.flows().isEmpty()) {
                out.writeArrayFieldStart("flows");
                for (String id : s.flows()) {
                    JsonOutput.id(out, id);
                }
                out.writeEndArray();
            }
        }
        out.writeEndObject();
    }
}
