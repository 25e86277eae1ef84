package org.nettwin.model.format.nettwin;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import org.nettwin.model.format.json.JsonOutput;
import org.nettwin.model.network.Network;
import org.nettwin.model.slice.SlaTarget;
import org.nettwin.model.slice.Slice;
import org.nettwin.model.topology.Cell;
import org.nettwin.model.topology.Coordinates;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.traffic.Demand;

/**
 * Writes a {@link Network} in nettwin's own topology format, pretty-printed in a stable order (elements in model
 * order, attributes by key), so that {@link NettwinReader} reads it back equal and writing that again gives the
 * same text. Ids are always strings; optional parts (coordinates, cells, attributes, SLA figures) only when present.
 */
public final class NettwinWriter {

    private final JsonOutput output = new JsonOutput();

    /** The network as JSON text ending with a newline. */
    public String write(Network network) {
        return output.write(out -> {
            out.writeStartObject();
            out.writeStringField("format", NettwinReader.FORMAT);
            out.writeStringField("name", network.topology().name());
            if (network.topology().version() != 1) {
                out.writeNumberField("version", network.topology().version());
            }
            out.writeArrayFieldStart("nodes");
            for (Node n : network.topology().nodes()) {
                node(out, n);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("links");
            for (Link l : network.topology().links()) {
                link(out, l);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("demands");
            for (Demand d : network.demands().demands()) {
                demand(out, d);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("slices");
            for (Slice s : network.slices()) {
                slice(out, s);
            }
            out.writeEndArray();
            out.writeEndObject();
        });
    }

    private static void node(JsonGenerator out, Node n) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", n.id().value());
        out.writeStringField("name", n.name());
        out.writeStringField("kind", n.kind().fileName());
        if (n.coordinates().isPresent()) {
            Coordinates c = n.coordinates().get();
            out.writeObjectFieldStart("coordinates");
            JsonOutput.numberField(out, "x", c.x());
            JsonOutput.numberField(out, "y", c.y());
            out.writeStringField("system", c.system().name().toLowerCase(Locale.ROOT));
            out.writeEndObject();
        }
        if (!n.cells().isEmpty()) {
            out.writeArrayFieldStart("cells");
            for (Cell c : n.cells()) {
                out.writeStartObject();
                out.writeStringField("id", c.id());
                out.writeStringField("band", c.band());
                out.writeNumberField("bandwidth_mhz", c.bandwidthMhz());
                JsonOutput.numberField(out, "peak_downlink_bps", c.peakDownlink().bitsPerSecond());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        if (!n.attributes().isEmpty()) {
            JsonOutput.attributesField(out, "attributes", n.attributes());
        }
        out.writeEndObject();
    }

    private static void link(JsonGenerator out, Link l) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", l.id().value());
        out.writeStringField("a", l.a().value());
        out.writeStringField("b", l.b().value());
        JsonOutput.numberField(out, "capacity_bps", l.capacity().bitsPerSecond());
        out.writeStringField("capacity_source", l.capacitySource().name().toLowerCase(Locale.ROOT));
        JsonOutput.secondsField(out, "delay_s", l.delay());
        out.writeNumberField("metric", l.metric());
        out.writeNumberField("queue_packets", l.queuePackets());
        if (!l.attributes().isEmpty()) {
            JsonOutput.attributesField(out, "attributes", l.attributes());
        }
        out.writeEndObject();
    }

    private static void demand(JsonGenerator out, Demand d) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", d.id());
        out.writeStringField("origin", d.origin().value());
        out.writeStringField("destination", d.destination().value());
        JsonOutput.numberField(out, "rate_bps", d.rate().bitsPerSecond());
        out.writeEndObject();
    }

    private static void slice(JsonGenerator out, Slice s) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", s.id());
        out.writeStringField("type", s.type().name().toLowerCase(Locale.ROOT));
        SlaTarget sla = s.sla();
        out.writeObjectFieldStart("sla");
        if (sla.maxLatency().isPresent()) {
            JsonOutput.secondsField(out, "max_latency_s", sla.maxLatency().get());
        }
        if (sla.maxLossRatio().isPresent()) {
            JsonOutput.numberField(out, "max_loss_ratio", sla.maxLossRatio().get());
        }
        if (sla.minThroughput().isPresent()) {
            JsonOutput.numberField(out, "min_throughput_bps", sla.minThroughput().get().bitsPerSecond());
        }
        if (sla.minAvailability().isPresent()) {
            JsonOutput.numberField(out, "min_availability", sla.minAvailability().get());
        }
        out.writeEndObject();
        out.writeArrayFieldStart("endpoints");
        for (NodeId n : s.endpoints()) {
            out.writeString(n.value());
        }
        out.writeEndArray();
        out.writeArrayFieldStart("demands");
        for (String id : s.demandIds()) {
            out.writeString(id);
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
