package org.nettwin.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nettwin.model.slice.Slice;
import org.nettwin.model.topology.Cell;
import org.nettwin.model.topology.Coordinates;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.Topology;
import org.nettwin.store.events.Event;
import org.nettwin.store.events.Severity;
import org.nettwin.store.series.RegisteredSeries;
import org.nettwin.store.series.SeriesKey;

/**
 * The API's JSON (openapi.yaml): one configured mapper (records as objects, {@code Optional} and
 * {@code OptionalDouble} as the value or null, instants as ISO-8601 strings) and the shapes that are not plain
 * records — topology, series, events and alarms.
 */
final class ApiJson {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    ObjectMapper mapper() {
        return mapper;
    }

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    static ObjectNode error(int status, String message) {
        ObjectNode n = NODES.objectNode();
        n.put("status", status);
        n.put("error", message);
        return n;
    }

    /** The Topology schema: the model, its slices and the moment it stands for (null for live). */
    static ObjectNode topology(Topology t, List<Slice> slices, Optional<Instant> asOf) {
        ObjectNode n = NODES.objectNode();
        n.put("network", t.name());
        n.put("asOf", asOf.map(Instant::toString).orElse(null));
        ArrayNode nodes = n.putArray("nodes");
        t.nodes().forEach(node -> nodes.add(node(node)));
        ArrayNode links = n.putArray("links");
        t.links().forEach(link -> links.add(link(link)));
        ArrayNode sl = n.putArray("slices");
        slices.forEach(s -> sl.add(slice(s)));
        return n;
    }

    private static ObjectNode node(Node node) {
        ObjectNode n = NODES.objectNode();
        n.put("id", node.id().value());
        n.put("name", node.name());
        n.put("kind", node.kind().fileName());
        Optional<Coordinates> c = node.coordinates();
        n.put("x", c.map(Coordinates::x).orElse(null));
        n.put("y", c.map(Coordinates::y).orElse(null));
        n.put("coordinateSystem", c.map(xy -> xy.system() == Coordinates.CoordinateSystem.GEOGRAPHIC
                ? "geographic" : "cartesian").orElse(null));
        ArrayNode cells = n.putArray("cells");
        node.cells().stream().map(Cell::id).forEach(cells::add);
        return n;
    }

    private static ObjectNode link(Link link) {
        ObjectNode n = NODES.objectNode();
        n.put("id", link.id().value());
        n.put("a", link.a().value());
        n.put("b", link.b().value());
        n.put("capacityBps", link.capacity().bitsPerSecond());
        n.put("delayS", link.delay().toNanos() / 1e9);
        n.put("metric", link.metric());
        return n;
    }

    private static ObjectNode slice(Slice s) {
        ObjectNode n = NODES.objectNode();
        n.put("id", s.id());
        n.put("type", s.type().name().toLowerCase(Locale.ROOT));
        ArrayNode ends = n.putArray("endpoints");
        s.endpoints().forEach(e -> ends.add(e.value()));
        n.put("maxLatencyS", s.sla().maxLatency().map(d -> d.toNanos() / 1e9).orElse(null));
        n.put("maxLossRatio", s.sla().maxLossRatio().orElse(null));
        n.put("minThroughputBps", s.sla().minThroughput().map(r -> r.bitsPerSecond()).orElse(null));
        return n;
    }

    /** The Series schema. */
    static ObjectNode series(RegisteredSeries s) {
        SeriesKey key = s.key();
        ObjectNode n = NODES.objectNode();
        n.put("id", s.id());
        n.put("kind", key.entity().kind().name());
        n.put("entity", key.entity().id());
        n.put("metric", key.metric().name());
        n.put("unit", key.metric().unit());
        return n;
    }

    /** The Event schema ({@code id} added: the WebSocket's clients use it to skip repeats). */
    static ObjectNode event(Event e) {
        ObjectNode n = NODES.objectNode();
        n.put("id", e.id());
        n.put("at", e.time().toString());
        n.put("kind", e.type());
        n.put("severity", e.severity().name().toLowerCase(Locale.ROOT));
        n.put("element", e.subject().map(s -> s.id()).orElse(""));
        n.put("key", e.alarmKey().orElse(null));
        n.put("message", e.message());
        return n;
    }

    /** The Alarm schema, from the latest event of an active alarm. */
    static ObjectNode alarm(Event e) {
        ObjectNode n = NODES.objectNode();
        n.put("key", e.alarmKey().orElse(e.type()));
        n.put("element", e.subject().map(s -> s.id()).orElse(""));
        n.put("severity", alarmSeverity(e.severity()));
        n.put("message", e.message());
        n.put("raisedAt", e.time().toString());
        return n;
    }

    private static String alarmSeverity(Severity s) {
        if (s == Severity.CRITICAL) {
            return "critical";
        }
        if (s == Severity.MAJOR) {
            return "major";
        }
        return s == Severity.MINOR ? "minor" : "warning";
    }
}
