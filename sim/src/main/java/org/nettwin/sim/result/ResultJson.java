package org.nettwin.sim.result;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;

/** Writes and reads results in the {@code nettwin-result/1} JSON format of spec/scenario-format.md. */
public final class ResultJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ResultJson() {
    }

    /** The result as pretty-printed JSON; ids that are canonical integers are written as numbers. */
    public static String write(SimulationResult result) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("format", SimulationResult.FORMAT);
            g.writeStringField("scenario", result.scenario());
            g.writeStringField("engine", result.engine());
            g.writeNumberField("replications", result.replications());
            g.writeNumberField("events_executed", result.eventsExecuted());
            g.writeNumberField("wall_s", result.wallSeconds());
            g.writeArrayFieldStart("flows");
            for (FlowResult f : result.flows()) {
                g.writeStartObject();
                id(g, "id", f.id());
                for (Map.Entry<FlowMetric, Estimate> e : new EnumMap<>(f.values()).entrySet()) {
                    estimate(g, e.getKey().jsonName(), e.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("links");
            for (LinkResult l : result.links()) {
                g.writeStartObject();
                id(g, "id", l.id());
                id(g, "from", l.from());
                id(g, "to", l.to());
                for (Map.Entry<LinkMetric, Estimate> e : new EnumMap<>(l.values()).entrySet()) {
                    estimate(g, e.getKey().jsonName(), e.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void id(JsonGenerator g, String field, String id) throws IOException {
        if (id.matches("-?(0|[1-9][0-9]{0,17})")) {
            g.writeNumberField(field, Long.parseLong(id));
        } else {
            g.writeStringField(field, id);
        }
    }

    private static void estimate(JsonGenerator g, String field, Estimate e) throws IOException {
        number(g, field, e.mean());
        if (e.ci95().isPresent()) {
            number(g, field + "_ci95", e.ci95().getAsDouble());
        }
    }

    private static void number(JsonGenerator g, String field, double value) throws IOException {
        if (Double.isFinite(value)) {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                g.writeNumberField(field, (long) value);
            } else {
                g.writeNumberField(field, value);
            }
        } else {
            g.writeStringField(field, Double.isNaN(value) ? "NaN" : value > 0 ? "+Inf" : "-Inf");
        }
    }

    /** Reads a result file; anything that is not a {@code nettwin-result/1} object is a {@link FormatException}. */
    public static SimulationResult read(InputFile file) throws FormatException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.content());
        } catch (JsonParseException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new FormatException(file.name(), line, "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new FormatException(file.name(), "", "cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !SimulationResult.FORMAT.equals(root.path("format").asText())) {
            throw new FormatException(file.name(), "", "not a " + SimulationResult.FORMAT + " result (\"format\" missing "
                    + "or different)");
        }
        try {
            return new SimulationResult(root.path("scenario").asText(""), root.path("engine").asText(""),
                    Math.max(1, root.path("replications").asInt(1)), Math.max(0, root.path("events_executed").asLong(0)),
                    Math.max(0, root.path("wall_s").asDouble(0)), flows(file, root), links(file, root));
        } catch (IllegalArgumentException e) {
            throw new FormatException(file.name(), "", e.getMessage());
        }
    }

    private static List<FlowResult> flows(InputFile file, JsonNode root) throws FormatException {
        List<FlowResult> out = new ArrayList<>();
        for (JsonNode f : root.path("flows")) {
            String id = requireId(file, f, "id", "flow");
            Map<FlowMetric, Estimate> values = new EnumMap<>(FlowMetric.class);
            for (FlowMetric m : FlowMetric.values()) {
                estimateOf(file, f, m.jsonName(), "flow " + id).ifPresent(e -> values.put(m, e));
            }
            out.add(new FlowResult(id, values));
        }
        return out;
    }

    private static List<LinkResult> links(InputFile file, JsonNode root) throws FormatException {
        List<LinkResult> out = new ArrayList<>();
        for (JsonNode l : root.path("links")) {
            String id = requireId(file, l, "id", "link");
            String where = "link " + id;
            Map<LinkMetric, Estimate> values = new EnumMap<>(LinkMetric.class);
            for (LinkMetric m : LinkMetric.values()) {
                estimateOf(file, l, m.jsonName(), where).ifPresent(e -> values.put(m, e));
            }
            out.add(new LinkResult(id, requireId(file, l, "from", where), requireId(file, l, "to", where), values));
        }
        return out;
    }

    private static String requireId(InputFile file, JsonNode node, String field, String where) throws FormatException {
        JsonNode v = node.get(field);
        if (v == null || !(v.isTextual() || v.isIntegralNumber())) {
            throw new FormatException(file.name(), where, "missing or invalid \"" + field + "\"");
        }
        return v.asText();
    }

    private static java.util.Optional<Estimate> estimateOf(InputFile file, JsonNode node, String field, String where)
            throws FormatException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return java.util.Optional.empty();
        }
        double mean = numberOf(file, v, field, where);
        JsonNode ci = node.get(field + "_ci95");
        return java.util.Optional.of(ci == null || ci.isNull() ? Estimate.of(mean)
                : Estimate.of(mean, numberOf(file, ci, field + "_ci95", where)));
    }

    private static double numberOf(InputFile file, JsonNode v, String field, String where) throws FormatException {
        if (v.isNumber()) {
            return v.asDouble();
        }
        switch (v.asText()) {
            case "+Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                throw new FormatException(file.name(), where, "\"" + field + "\" is not a number");
        }
    }
}
