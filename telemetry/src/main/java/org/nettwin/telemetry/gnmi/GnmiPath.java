package org.nettwin.telemetry.gnmi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders gNMI {@code Path} elements as {@code /name[key=value]...}, list keys sorted by key name. Within a key value
 * {@code \} and {@code ]} are escaped with a backslash, as in the gNMI path conventions; {@code /} is left as it is
 * (interface names such as {@code FourHundredGigE0/2/0/3} stay readable). The deprecated {@code element} string list
 * is used when a path has no {@code elem}.
 */
final class GnmiPath {

    private GnmiPath() {
    }

    /** Appends the elements of {@code path} (a gNMI Path object, or null when absent) to {@code out}. */
    static void append(JsonNode path, Where where, StringBuilder out) throws GnmiProblem {
        if (path == null || path.isNull()) {
            return;
        }
        if (!path.isObject()) {
            throw new GnmiProblem(where + ": expected a Path object, got " + TypedValues.kindOf(path));
        }
        JsonNode elems = path.get("elem");
        if (elems == null || elems.isNull()) {
            appendLegacy(path.get("element"), where.child(".element"), out);
            return;
        }
        if (!elems.isArray()) {
            throw new GnmiProblem(where + ".elem: expected an array, got " + TypedValues.kindOf(elems));
        }
        for (int i = 0; i < elems.size(); i++) {
            appendElem(elems.get(i), where.index(".elem", i), out);
        }
    }

    /** The path's origin, or "" when absent. */
    static String origin(JsonNode path, Where where) throws GnmiProblem {
        return member(path, "origin", where);
    }

    /** The path's target, or "" when absent. */
    static String target(JsonNode path, Where where) throws GnmiProblem {
        return member(path, "target", where);
    }

    private static String member(JsonNode path, String name, Where where) throws GnmiProblem {
        if (path == null || !path.isObject()) {
            return "";
        }
        JsonNode value = path.get(name);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new GnmiProblem(where + "." + name + ": expected a string, got " + TypedValues.kindOf(value));
        }
        return value.textValue();
    }

    private static void appendElem(JsonNode elem, Where where, StringBuilder out) throws GnmiProblem {
        if (!elem.isObject()) {
            throw new GnmiProblem(where + ": expected a PathElem object, got " + TypedValues.kindOf(elem));
        }
        JsonNode name = elem.get("name");
        if (name == null || !name.isTextual() || name.textValue().isEmpty()) {
            throw new GnmiProblem(where + ".name: expected a non-empty string");
        }
        out.append('/').append(name.textValue());
        JsonNode keys = elem.get("key");
        if (keys == null || keys.isNull() || keys.isEmpty() && keys.isObject()) {
            return;
        }
        if (!keys.isObject()) {
            throw new GnmiProblem(where + ".key: expected an object, got " + TypedValues.kindOf(keys));
        }
        Iterator<Map.Entry<String, JsonNode>> members = keys.fields();
        Map<String, String> sorted = new TreeMap<>();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> key = members.next();
            if (!key.getValue().isTextual()) {
                throw new GnmiProblem(where + ".key." + key.getKey() + ": expected a string, got "
                        + TypedValues.kindOf(key.getValue()));
            }
            sorted.put(key.getKey(), key.getValue().textValue());
        }
        for (Map.Entry<String, String> key : sorted.entrySet()) {
            out.append('[').append(key.getKey()).append('=');
            escape(key.getValue(), out);
            out.append(']');
        }
    }

    private static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == ']') {
                out.append('\\');
            }
            out.append(c);
        }
    }

    private static void appendLegacy(JsonNode element, Where where, StringBuilder out) throws GnmiProblem {
        if (element == null || element.isNull()) {
            return;
        }
        if (!element.isArray()) {
            throw new GnmiProblem(where + ": expected an array, got " + TypedValues.kindOf(element));
        }
        for (JsonNode name : element) {
            if (!name.isTextual()) {
                throw new GnmiProblem(where + ": expected strings, got " + TypedValues.kindOf(name));
            }
            out.append('/').append(name.textValue());
        }
    }
}
