package org.nettwin.telemetry.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;

/**
 * Telegraf's JSON serializer output: one metric {@code {"fields":{...},"name":"cpu","tags":{...},"timestamp":N}}, or
 * a batch {@code {"metrics":[...]}}. Each numeric, boolean or string field becomes a measurement named
 * {@code <name>/<field>}, labelled with the tags minus the source tag; {@code timestamp} counts units of
 * {@code nanosPerUnit} ns (Telegraf's {@code json_timestamp_units}, seconds by default). A field of another type,
 * or any missing part, rejects the whole record.
 */
final class TelegrafRecords implements RecordDecoder {

    private final ObjectMapper mapper = new ObjectMapper();
    private final SourceRule rule;
    private final long nanosPerUnit;

    TelegrafRecords(SourceRule rule, long nanosPerUnit) {
        this.rule = rule;
        this.nanosPerUnit = nanosPerUnit;
    }

    @Override
    public List<Measurement> decode(String key, byte[] value) throws RecordProblem {
        String fallback = rule.fromKey() && key != null ? key : "unknown";
        JsonNode root;
        try {
            root = mapper.readTree(value);
        } catch (JsonProcessingException e) {
            throw new RecordProblem(fallback, "malformed", "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RecordProblem(fallback, "malformed", "cannot read the record: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new RecordProblem(fallback, "malformed", "expected a Telegraf JSON object");
        }
        List<Measurement> out = new ArrayList<>();
        JsonNode batch = root.get("metrics");
        if (batch != null && batch.isArray()) {
            for (JsonNode metric : batch) {
                metric(key, metric, out);
            }
        } else {
            metric(key, root, out);
        }
        return out;
    }

    private void metric(String key, JsonNode metric, List<Measurement> out) throws RecordProblem {
        Map<String, String> tags = tags(metric.get("tags"));
        String source = source(key, tags);
        JsonNode name = metric.get("name");
        JsonNode fields = metric.get("fields");
        if (name == null || !name.isTextual() || name.asText().isEmpty()) {
            throw new RecordProblem(source, "malformed", "metric without a 'name'");
        }
        if (fields == null || !fields.isObject()) {
            throw new RecordProblem(source, "malformed", "metric " + name.asText() + " without 'fields'");
        }
        OptionalLong time = timestamp(metric.get("timestamp"), source);
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            out.add(new Measurement(source, name.asText() + "/" + field.getKey(), tags, time,
                    value(field.getValue(), name.asText() + "/" + field.getKey(), source)));
        }
    }

    private String source(String key, Map<String, String> tags) throws RecordProblem {
        if (rule.fromKey()) {
            if (key == null || key.isBlank()) {
                throw new RecordProblem("unknown", "no-source", "record without a key (setting 'source' is key)");
            }
            return key;
        }
        String tag = rule.tag().orElseThrow();
        String source = tags.remove(tag);
        if (source == null || source.isBlank()) {
            throw new RecordProblem("unknown", "no-source", "metric without tag '" + tag + "'");
        }
        return source;
    }

    private static Map<String, String> tags(JsonNode node) throws RecordProblem {
        Map<String, String> tags = new HashMap<>();
        if (node == null || node.isNull()) {
            return tags;
        }
        if (!node.isObject()) {
            throw new RecordProblem("unknown", "malformed", "'tags' is not an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> tag = it.next();
            if (!tag.getValue().isValueNode() || tag.getValue().isNull()) {
                throw new RecordProblem("unknown", "malformed", "tag '" + tag.getKey() + "' is not a value");
            }
            tags.put(tag.getKey(), tag.getValue().asText());
        }
        return tags;
    }

    private OptionalLong timestamp(JsonNode node, String source) throws RecordProblem {
        if (node == null || node.isNull()) {
            return OptionalLong.empty();
        }
        if (!node.isNumber()) {
            throw new RecordProblem(source, "malformed", "'timestamp' is not a number");
        }
        double nanos = node.asDouble() * nanosPerUnit;
        if (!(Math.abs(nanos) < Long.MAX_VALUE)) {
            throw new RecordProblem(source, "malformed", "'timestamp' is out of range");
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return OptionalLong.of(node.asLong() * nanosPerUnit);
        }
        return OptionalLong.of(Math.round(nanos));
    }

    private static MeasuredValue value(JsonNode node, String what, String source) throws RecordProblem {
        if (node.isNumber()) {
            return new MeasuredValue.Numeric(node.asDouble());
        }
        if (node.isBoolean()) {
            return new MeasuredValue.Flag(node.asBoolean());
        }
        if (node.isTextual()) {
            return new MeasuredValue.Text(node.asText());
        }
        throw new RecordProblem(source, "malformed", "field " + what + " is neither a number, a boolean nor text");
    }
}
