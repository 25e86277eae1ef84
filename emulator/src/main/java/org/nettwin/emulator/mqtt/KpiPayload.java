package org.nettwin.emulator.mqtt;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;

/**
 * The JSON a cell publishes: {@code {"device":"<id>","ts":<device clock ns>,"seq":<n>,"<leaf path>":<number>,...}},
 * one field per gauge or counter leaf (counters unsigned; text and flag leaves and non-finite gauges are left out),
 * and the deliberately broken payloads of {@link org.nettwin.emulator.device.Delivery#MALFORMED}.
 */
final class KpiPayload {

    private static final List<String> RESERVED = List.of("device", "ts", "seq");

    private KpiPayload() {
    }

    static String of(String device, long ts, long seq, List<Leaf> leaves) {
        StringBuilder out = new StringBuilder(64 + 32 * leaves.size());
        out.append("{\"device\":");
        quote(out, device);
        out.append(",\"ts\":").append(ts).append(",\"seq\":").append(seq);
        for (Leaf leaf : leaves) {
            if (RESERVED.contains(leaf.path())) {
                continue;
            }
            LeafValue v = leaf.value();
            if (v instanceof LeafValue.Gauge g && Double.isFinite(g.value())) {
                field(out, leaf.path()).append(g.value());
            } else if (v instanceof LeafValue.Counter c) {
                field(out, leaf.path()).append(Long.toUnsignedString(c.value()));
            }
        }
        return out.append('}').toString();
    }

    /**
     * A broken version of {@code payload}: truncated mid-way for odd {@code seq}, for even {@code seq} well-formed
     * JSON whose first measured field holds a non-numeric string.
     */
    static String malformed(String payload, long seq) {
        if (seq % 2 != 0) {
            return payload.substring(0, payload.length() / 2);
        }
        int seqField = payload.indexOf(",\"seq\":");
        int field = payload.indexOf(",\"", seqField + 1);
        if (field < 0) {
            return payload.substring(0, payload.length() - 1) + ",\"garbled\":\"n/a\"}";
        }
        int colon = payload.indexOf("\":", field + 2) + 2;
        int end = colon;
        while (end < payload.length() && payload.charAt(end) != ',' && payload.charAt(end) != '}') {
            end++;
        }
        return payload.substring(0, colon) + "\"n/a\"" + payload.substring(end);
    }

    static byte[] bytes(String payload) {
        return payload.getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder field(StringBuilder out, String name) {
        out.append(',');
        quote(out, name);
        return out.append(':');
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, out);
        out.append('"');
    }
}
