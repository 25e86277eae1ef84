package org.nettwin.emulator.gnmi;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nettwin.telemetry.gnmi.proto.Path;
import org.nettwin.telemetry.gnmi.proto.PathElem;

/**
 * Parses OpenConfig path strings ({@code /interfaces/interface[name=eth0]/state/counters/in-octets}) into gNMI
 * {@link Path}s, renders them back (keys sorted by name; {@code \} and {@code ]} escaped in key values), and matches
 * subscription paths against leaf paths: a subscription path covers its whole subtree, the element name {@code *}
 * matches any one element, {@code ...} any number of elements (zero or more), and a key whose value is {@code *}, or
 * that the subscription path leaves out, matches every value.
 */
public final class GnmiPaths {

    /** The wildcard for one element name or one key value. */
    public static final String ANY = "*";
    /** The wildcard element matching any number of elements. */
    public static final String ANY_DEPTH = "...";

    private GnmiPaths() {
    }

    /**
     * Parses {@code text}; {@code ""} and {@code "/"} are the empty (root) path.
     *
     * @throws IllegalArgumentException naming the path and the column of the fault
     */
    public static Path parse(String text) {
        Path.Builder path = Path.newBuilder();
        if (text.isEmpty() || "/".equals(text)) {
            return path.build();
        }
        if (text.charAt(0) != '/') {
            throw new IllegalArgumentException("path '" + text + "' does not start with '/'");
        }
        int i = 1;
        while (i < text.length()) {
            PathElem.Builder elem = PathElem.newBuilder();
            i = element(text, i, elem);
            path.addElem(elem);
            if (i < text.length()) {
                if (text.charAt(i) != '/') {
                    throw fault(text, i, "expected '/'");
                }
                i++;
            }
        }
        return path.build();
    }

    /** Parses one element starting at {@code start}; returns the index after it. */
    private static int element(String text, int start, PathElem.Builder elem) {
        int i = start;
        while (i < text.length() && text.charAt(i) != '/' && text.charAt(i) != '[') {
            i++;
        }
        if (i == start) {
            throw fault(text, start, "empty element name");
        }
        elem.setName(text.substring(start, i));
        while (i < text.length() && text.charAt(i) == '[') {
            i = key(text, i + 1, elem);
        }
        return i;
    }

    /** Parses {@code key=value]} starting after the {@code [}; returns the index after the {@code ]}. */
    private static int key(String text, int start, PathElem.Builder elem) {
        int equals = text.indexOf('=', start);
        if (equals < 0) {
            throw fault(text, start, "key without '='");
        }
        String name = text.substring(start, equals);
        if (name.isEmpty() || name.indexOf(']') >= 0 || name.indexOf('/') >= 0) {
            throw fault(text, start, "bad key name");
        }
        StringBuilder value = new StringBuilder();
        int i = equals + 1;
        while (i < text.length() && text.charAt(i) != ']') {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                i++;
                c = text.charAt(i);
            }
            value.append(c);
            i++;
        }
        if (i >= text.length()) {
            throw fault(text, start, "key '" + name + "' is not closed by ']'");
        }
        if (elem.containsKey(name)) {
            throw fault(text, start, "key '" + name + "' repeated");
        }
        elem.putKey(name, value.toString());
        return i + 1;
    }

    private static IllegalArgumentException fault(String text, int index, String what) {
        return new IllegalArgumentException("path '" + text + "': " + what + " at column " + (index + 1));
    }

    /** Renders the elements of {@code path} as {@code /name[key=value]...}, keys sorted; the root renders as "/". */
    public static String render(Path path) {
        return render(path.getElemList());
    }

    /** Renders {@code elems} as {@link #render(Path)} does. */
    public static String render(List<PathElem> elems) {
        if (elems.isEmpty()) {
            return "/";
        }
        StringBuilder out = new StringBuilder();
        for (PathElem elem : elems) {
            out.append('/').append(elem.getName());
            Map<String, String> keys = elem.getKeyMap();
            if (keys.isEmpty()) {
                continue;
            }
            new TreeMap<>(keys).forEach((k, v) -> {
                out.append('[').append(k).append('=');
                for (int i = 0; i < v.length(); i++) {
                    char c = v.charAt(i);
                    if (c == '\\' || c == ']') {
                        out.append('\\');
                    }
                    out.append(c);
                }
                out.append(']');
            });
        }
        return out.toString();
    }

    /** {@code prefix}'s elements followed by {@code path}'s, with the prefix's origin and target. */
    public static Path join(Path prefix, Path path) {
        if (prefix.getElemCount() == 0) {
            return path;
        }
        return Path.newBuilder(prefix).addAllElem(path.getElemList())
                .setOrigin(prefix.getOrigin().isEmpty() ? path.getOrigin() : prefix.getOrigin()).build();
    }

    /** Whether the subscription or query path {@code pattern} covers the leaf at {@code leaf}. */
    public static boolean covers(Path pattern, Path leaf) {
        return covers(pattern.getElemList(), 0, leaf.getElemList(), 0);
    }

    private static boolean covers(List<PathElem> pattern, int p, List<PathElem> leaf, int q) {
        if (p == pattern.size()) {
            return true;
        }
        PathElem wanted = pattern.get(p);
        if (ANY_DEPTH.equals(wanted.getName())) {
            for (int skip = q; skip <= leaf.size(); skip++) {
                if (covers(pattern, p + 1, leaf, skip)) {
                    return true;
                }
            }
            return false;
        }
        return q < leaf.size() && matches(wanted, leaf.get(q)) && covers(pattern, p + 1, leaf, q + 1);
    }

    private static boolean matches(PathElem wanted, PathElem actual) {
        if (!ANY.equals(wanted.getName()) && !wanted.getName().equals(actual.getName())) {
            return false;
        }
        for (Map.Entry<String, String> key : wanted.getKeyMap().entrySet()) {
            if (ANY.equals(key.getValue())) {
                continue;
            }
            if (!key.getValue().equals(actual.getKeyMap().get(key.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** The first element of {@code path} with an empty name, or -1 when every element is named. */
    public static int emptyElement(Path path) {
        for (int i = 0; i < path.getElemCount(); i++) {
            if (path.getElem(i).getName().isEmpty()) {
                return i;
            }
        }
        return -1;
    }
}
