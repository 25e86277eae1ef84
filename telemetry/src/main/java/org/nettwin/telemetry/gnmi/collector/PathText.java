package org.nettwin.telemetry.gnmi.collector;

import java.util.Map;
import java.util.TreeMap;
import org.nettwin.telemetry.gnmi.proto.Path;
import org.nettwin.telemetry.gnmi.proto.PathElem;

/**
 * gNMI paths as text, the way {@code GnmiJsonDecoder} writes measurement names: {@code /name[key=value]...}, keys
 * sorted by name, {@code \} and {@code ]} escaped with a backslash in key values. Also parses subscription paths
 * written that way.
 */
final class PathText {

    private PathText() {
    }

    /** Appends the elements of {@code path}; returns false (leaving {@code out} partly written) on an empty name. */
    static boolean append(Path path, StringBuilder out) {
        for (int i = 0; i < path.getElemCount(); i++) {
            PathElem elem = path.getElem(i);
            if (elem.getName().isEmpty()) {
                return false;
            }
            out.append('/').append(elem.getName());
            if (elem.getKeyCount() == 0) {
                continue;
            }
            Map<String, String> keys = elem.getKeyCount() == 1 ? elem.getKeyMap() : new TreeMap<>(elem.getKeyMap());
            for (Map.Entry<String, String> key : keys.entrySet()) {
                out.append('[').append(key.getKey()).append('=');
                String v = key.getValue();
                for (int c = 0; c < v.length(); c++) {
                    char ch = v.charAt(c);
                    if (ch == '\\' || ch == ']') {
                        out.append('\\');
                    }
                    out.append(ch);
                }
                out.append(']');
            }
        }
        return true;
    }

    /**
     * Parses {@code text} ({@code /a/b[k=v]/c}; {@code /} is the root).
     *
     * @throws IllegalArgumentException naming the path and what is wrong
     */
    static Path parse(String text) {
        Path.Builder path = Path.newBuilder();
        if ("/".equals(text)) {
            return path.build();
        }
        if (!text.startsWith("/")) {
            throw new IllegalArgumentException("path '" + text + "' does not start with '/'");
        }
        int i = 1;
        while (i < text.length()) {
            int start = i;
            while (i < text.length() && text.charAt(i) != '/' && text.charAt(i) != '[') {
                i++;
            }
            if (i == start) {
                throw new IllegalArgumentException("path '" + text + "' has an empty element at column " + (i + 1));
            }
            PathElem.Builder elem = PathElem.newBuilder().setName(text.substring(start, i));
            while (i < text.length() && text.charAt(i) == '[') {
                i = key(text, i + 1, elem);
            }
            path.addElem(elem);
            if (i < text.length() && text.charAt(i++) != '/') {
                throw new IllegalArgumentException("path '" + text + "': expected '/' at column " + i);
            }
        }
        return path.build();
    }

    private static int key(String text, int start, PathElem.Builder elem) {
        int equals = text.indexOf('=', start);
        int close = text.indexOf(']', start);
        if (equals < 0 || close >= 0 && close < equals || equals == start) {
            throw new IllegalArgumentException("path '" + text + "': bad key at column " + (start + 1));
        }
        StringBuilder value = new StringBuilder();
        int i = equals + 1;
        while (i < text.length() && text.charAt(i) != ']') {
            if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                i++;
            }
            value.append(text.charAt(i++));
        }
        if (i >= text.length()) {
            throw new IllegalArgumentException("path '" + text + "': key at column " + (start + 1) + " is not closed");
        }
        elem.putKey(text.substring(start, equals), value.toString());
        return i + 1;
    }
}
