package org.nettwin.telemetry.gnmi;

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
    static void append(Node path, Where where, StringBuilder out) throws GnmiProblem {
        if (path == null || path.isNull()) {
            return;
        }
        if (!path.isObject()) {
            throw new GnmiProblem(where + ": expected a Path object, got " + TypedValues.kindOf(path));
        }
        Node elems = path.get("elem");
        if (elems == null || elems.isNull()) {
            appendLegacy(path.get("element"), where.child(".element"), out);
            return;
        }
        if (!elems.isArray()) {
            throw new GnmiProblem(where + ".elem: expected an array, got " + TypedValues.kindOf(elems));
        }
        for (int i = 0; i < elems.size(); i++) {
            appendElem(elems.child(i), where.index(".elem", i), out);
        }
    }

    /** The path's origin, or "" when absent. */
    static String origin(Node path, Where where) throws GnmiProblem {
        return member(path, "origin", where);
    }

    /** The path's target, or "" when absent. */
    static String target(Node path, Where where) throws GnmiProblem {
        return member(path, "target", where);
    }

    private static String member(Node path, String name, Where where) throws GnmiProblem {
        if (path == null || !path.isObject()) {
            return "";
        }
        Node value = path.get(name);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new GnmiProblem(where + "." + name + ": expected a string, got " + TypedValues.kindOf(value));
        }
        return value.textValue();
    }

    private static void appendElem(Node elem, Where where, StringBuilder out) throws GnmiProblem {
        if (!elem.isObject()) {
            throw new GnmiProblem(where + ": expected a PathElem object, got " + TypedValues.kindOf(elem));
        }
        Node name = elem.get("name");
        if (name == null || !name.isTextual() || name.textValue().isEmpty()) {
            throw new GnmiProblem(where + ".name: expected a non-empty string");
        }
        out.append('/').append(name.textValue());
        Node keys = elem.get("key");
        if (keys == null || keys.isNull() || keys.size() == 0 && keys.isObject()) {
            return;
        }
        if (!keys.isObject()) {
            throw new GnmiProblem(where + ".key: expected an object, got " + TypedValues.kindOf(keys));
        }
        for (int i = 0; i < keys.size(); i++) {
            if (!keys.child(i).isTextual()) {
                throw new GnmiProblem(where + ".key." + keys.name(i) + ": expected a string, got "
                        + TypedValues.kindOf(keys.child(i)));
            }
        }
        for (int i : sortedByName(keys)) {
            appendKey(keys.name(i), keys.child(i).textValue(), out);
        }
    }

    /** The member positions of {@code keys} in key-name order (an insertion sort: paths have few keys). */
    private static int[] sortedByName(Node keys) {
        int[] order = new int[keys.size()];
        for (int i = 0; i < order.length; i++) {
            int j = i;
            while (j > 0 && keys.name(order[j - 1]).compareTo(keys.name(i)) > 0) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = i;
        }
        return order;
    }

    private static void appendKey(String key, String value, StringBuilder out) {
        out.append('[').append(key).append('=');
        escape(value, out);
        out.append(']');
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

    private static void appendLegacy(Node element, Where where, StringBuilder out) throws GnmiProblem {
        if (element == null || element.isNull()) {
            return;
        }
        if (!element.isArray()) {
            throw new GnmiProblem(where + ": expected an array, got " + TypedValues.kindOf(element));
        }
        for (int i = 0; i < element.size(); i++) {
            Node name = element.child(i);
            if (!name.isTextual()) {
                throw new GnmiProblem(where + ": expected strings, got " + TypedValues.kindOf(name));
            }
            out.append('/').append(name.textValue());
        }
    }
}
