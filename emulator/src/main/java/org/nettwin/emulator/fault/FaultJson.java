package org.nettwin.emulator.fault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.traffic.OdPair;

/**
 * Reads a {@link Fault} from its JSON form, e.g. {@code {"type":"link-down","link":"L3"}} or
 * {@code {"type":"surge","from":"a","to":"b","factor":3,"duration":"PT2M"}}. Fields: {@code link}, {@code node},
 * {@code device} (ids), {@code loss} (0..1), {@code delay}, {@code duration}, {@code by} (ISO-8601 durations),
 * {@code factor}; a surge takes {@code from}/{@code to} (an id or a list of ids) or {@code pairs}
 * ({@code ["a->b", ...]}). A field the fault type does not take is refused (a typo is not ignored). Anything wrong
 * gives an {@link IllegalArgumentException} with a one-line message naming the field; nothing else escapes.
 */
public final class FaultJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "link-down", Set.of("link"), "link-up", Set.of("link"), "node-down", Set.of("node"),
            "node-up", Set.of("node"), "degrade", Set.of("link", "loss", "delay"), "restore", Set.of("link"),
            "surge", Set.of("from", "to", "pairs", "factor", "duration"), "reboot", Set.of("device"),
            "clock-jump", Set.of("device", "by"));

    private FaultJson() {
    }

    /**
     * Parses one fault.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong
     */
    public static Fault parse(String json) {
        if (json == null) {
            throw new IllegalArgumentException("fault JSON: no text");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new IllegalArgumentException("fault JSON: not valid JSON" + where);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("fault JSON: expected an object like {\"type\":\"link-down\",...}");
        }
        try {
            return read(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(firstLine(e.getMessage()), e);
        }
    }

    private static Fault read(JsonNode root) {
        String type = text(root, "type");
        Set<String> known = FIELDS.get(type);
        if (known != null) {
            Iterator<String> names = root.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!name.equals("type") && !known.contains(name)) {
                    throw new IllegalArgumentException("fault JSON: field " + clip(name) + " is not known for a " + type
                            + " fault (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
                }
            }
        }
        switch (type) {
            case "link-down":
                return new Fault.LinkDown(LinkId.of(text(root, "link")));
            case "link-up":
                return new Fault.LinkUp(LinkId.of(text(root, "link")));
            case "node-down":
                return new Fault.NodeDown(NodeId.of(text(root, "node")));
            case "node-up":
                return new Fault.NodeUp(NodeId.of(text(root, "node")));
            case "degrade":
                return new Fault.Degrade(LinkId.of(text(root, "link")), number(root, "loss", 0),
                        duration(root, "delay", Duration.ZERO));
            case "restore":
                return new Fault.Restore(LinkId.of(text(root, "link")));
            case "surge":
                return surge(root);
            case "reboot":
                return new Fault.Reboot(text(root, "device"));
            case "clock-jump":
                return new Fault.ClockJump(text(root, "device"), duration(root, "by", null));
            default:
                throw new IllegalArgumentException("fault JSON: field type: unknown fault type '" + clip(type)
                        + "' (link-down, link-up, node-down, node-up, degrade, restore, surge, reboot, clock-jump)");
        }
    }

    private static Fault surge(JsonNode root) {
        List<OdPair> pairs = new ArrayList<>();
        for (String p : texts(root, "pairs")) {
            int arrow = p.indexOf("->");
            if (arrow <= 0 || arrow + 2 >= p.length()) {
                throw new IllegalArgumentException("fault JSON: field pairs: '" + clip(p) + "' is not ORIGIN->DESTINATION");
            }
            pairs.add(OdPair.of(p.substring(0, arrow), p.substring(arrow + 2)));
        }
        return new Fault.Surge(nodes(root, "from"), nodes(root, "to"), pairs, number(root, "factor", Double.NaN),
                duration(root, "duration", null));
    }

    private static Set<NodeId> nodes(JsonNode root, String field) {
        Set<NodeId> out = new LinkedHashSet<>();
        for (String id : texts(root, field)) {
            out.add(NodeId.of(id));
        }
        return out;
    }

    private static List<String> texts(JsonNode root, String field) {
        JsonNode value = root.get(field);
        List<String> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (value.isTextual()) {
            out.add(nonBlank(value.asText(), field));
            return out;
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("fault JSON: field " + field + " must be a text or a list of texts");
        }
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException("fault JSON: field " + field + " must list texts only");
            }
            out.add(nonBlank(item.asText(), field));
        }
        return out;
    }

    private static String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("fault JSON: field " + field + " is missing");
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("fault JSON: field " + field + " must be a text");
        }
        return nonBlank(value.asText(), field);
    }

    private static String nonBlank(String text, String field) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("fault JSON: field " + field + " is blank");
        }
        return text;
    }

    private static double number(JsonNode root, String field, double fallback) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            if (Double.isNaN(fallback)) {
                throw new IllegalArgumentException("fault JSON: field " + field + " is missing");
            }
            return fallback;
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException("fault JSON: field " + field + " must be a number");
        }
        double d = value.asDouble();
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("fault JSON: field " + field + " must be finite");
        }
        return d;
    }

    private static Duration duration(JsonNode root, String field, Duration fallback) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            if (fallback == null) {
                throw new IllegalArgumentException("fault JSON: field " + field + " is missing");
            }
            return fallback;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("fault JSON: field " + field + " must be an ISO-8601 duration like PT2M");
        }
        try {
            return Duration.parse(value.asText());
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("fault JSON: field " + field + ": '" + clip(value.asText())
                    + "' is not an ISO-8601 duration like PT2M");
        }
    }

    private static String clip(String text) {
        String flat = text.replaceAll("[\\r\\n]+", " ");
        return flat.length() > 60 ? flat.substring(0, 60) + "..." : flat;
    }

    private static String firstLine(String message) {
        String m = message == null ? "fault JSON: invalid" : message;
        int nl = m.indexOf('\n');
        String line = nl < 0 ? m : m.substring(0, nl);
        return line.startsWith("fault JSON") ? line : "fault JSON: " + line;
    }
}
