package org.nettwin.telemetry.gnmi.collector;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.nettwin.model.format.FormatException;
import org.nettwin.telemetry.gnmi.Decimal64;
import org.nettwin.telemetry.gnmi.GnmiJsonDecoder;
import org.nettwin.telemetry.gnmi.proto.Notification;
import org.nettwin.telemetry.gnmi.proto.Path;
import org.nettwin.telemetry.gnmi.proto.TypedValue;
import org.nettwin.telemetry.gnmi.proto.Update;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;

/**
 * Converts one gNMI {@code Notification} into measurements exactly as {@link GnmiJsonDecoder} converts the same
 * notification written as JSON: name = prefix elements then update elements (keys sorted), labels {@code origin}
 * (the prefix's, else the path's) and {@code target} (the prefix's), the same number conversions (unsigned 64-bit,
 * a float as its shortest decimal text, decimal64 as digits × 10^-precision), a leaf-list as one measurement per
 * element, JSON and JSON_IETF values expanded by the JSON decoder itself. The source is the collector's target name.
 * Stricter than the file decoder: a notification with a timestamp ≤ 0 ({@code no-timestamp}), an empty path element
 * ({@code empty-path-element}), an update without a value ({@code no-value}), a value that needs a schema
 * ({@code unsupported-value}) or bad embedded JSON ({@code bad-json}) is rejected whole. Not thread-safe.
 */
final class NotificationConverter {


    private final String source;
    private GnmiJsonDecoder json;

    NotificationConverter(String source) {
        this.source = source;
    }

    Conversion convert(Notification notification) {
        if (notification.getTimestamp() <= 0) {
            return new Conversion.Rejected("no-timestamp", "timestamp " + notification.getTimestamp());
        }
        Path prefix = notification.getPrefix();
        StringBuilder prefixName = new StringBuilder();
        if (!PathText.append(prefix, prefixName)) {
            return new Conversion.Rejected("empty-path-element", "prefix has an empty element");
        }
        OptionalLong ts = OptionalLong.of(notification.getTimestamp());
        List<Measurement> out = new ArrayList<>(notification.getUpdateCount());
        Map<String, String> lastLabels = Map.of();
        String lastOrigin = null;
        for (int i = 0; i < notification.getUpdateCount(); i++) {
            Update update = notification.getUpdate(i);
            StringBuilder name = new StringBuilder(prefixName);
            if (!PathText.append(update.getPath(), name)) {
                return new Conversion.Rejected("empty-path-element", "update " + i + " has an empty path element");
            }
            String origin = prefix.getOrigin().isEmpty() ? update.getPath().getOrigin() : prefix.getOrigin();
            if (!origin.equals(lastOrigin)) {
                lastLabels = labels(origin, prefix.getTarget());
                lastOrigin = origin;
            }
            Leaf leaf = new Leaf(name.length() == 0 ? "" : name.toString(), lastLabels, ts);
            Conversion.Rejected problem = value(update.getVal(), leaf, i, out);
            if (problem != null) {
                return problem;
            }
        }
        return new Conversion.Accepted(out);
    }

    private Conversion.Rejected value(TypedValue v, Leaf leaf, int index, List<Measurement> out) {
        switch (v.getValueCase()) {
            case STRING_VAL: out.add(leaf.of(new MeasuredValue.Text(v.getStringVal()))); return null;
            case ASCII_VAL: out.add(leaf.of(new MeasuredValue.Text(v.getAsciiVal()))); return null;
            case INT_VAL: out.add(leaf.of(new MeasuredValue.Numeric(v.getIntVal()))); return null;
            case UINT_VAL: out.add(leaf.of(new MeasuredValue.Numeric(unsigned(v.getUintVal())))); return null;
            case BOOL_VAL: out.add(leaf.of(new MeasuredValue.Flag(v.getBoolVal()))); return null;
            case DOUBLE_VAL: out.add(leaf.of(new MeasuredValue.Numeric(v.getDoubleVal()))); return null;
            case FLOAT_VAL: out.add(leaf.of(new MeasuredValue.Numeric(floating(v.getFloatVal())))); return null;
            case DECIMAL_VAL: out.add(leaf.of(new MeasuredValue.Numeric(decimal(v.getDecimalVal().getDigits(),
                    Integer.toUnsignedLong(v.getDecimalVal().getPrecision()))))); return null;
            case BYTES_VAL: out.add(leaf.of(new MeasuredValue.Text(
                    Base64.getEncoder().encodeToString(v.getBytesVal().toByteArray())))); return null;
            case LEAFLIST_VAL: return leafList(v, leaf, index, out);
            case JSON_VAL: return embedded("jsonVal", v.getJsonVal().toByteArray(), leaf, index, out);
            case JSON_IETF_VAL: return embedded("jsonIetfVal", v.getJsonIetfVal().toByteArray(), leaf, index, out);
            case VALUE_NOT_SET: return new Conversion.Rejected("no-value", "update " + index + " has no value");
            default: return new Conversion.Rejected("unsupported-value", "update " + index + " has a "
                    + v.getValueCase() + " value, which needs the sender's schema");
        }
    }

    private Conversion.Rejected leafList(TypedValue v, Leaf leaf, int index, List<Measurement> out) {
        for (TypedValue element : v.getLeaflistVal().getElementList()) {
            if (element.getValueCase() == TypedValue.ValueCase.VALUE_NOT_SET) {
                continue; // an empty TypedValue inside a leaf-list yields nothing, as in the JSON decoder
            }
            Conversion.Rejected problem = value(element, leaf, index, out);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** Lets the JSON decoder expand an embedded JSON value, so both decoders name its members alike. */
    private Conversion.Rejected embedded(String member, byte[] bytes, Leaf leaf, int index, List<Measurement> out) {
        if (json == null) {
            json = new GnmiJsonDecoder(source);
        }
        String message = "[{\"update\":{\"update\":[{\"val\":{\"" + member + "\":\""
                + Base64.getEncoder().encodeToString(bytes) + "\"}}]}}]";
        try {
            json.decode("update " + index, new ByteArrayInputStream(message.getBytes(StandardCharsets.US_ASCII)),
                    m -> out.add(leaf.named(m.name(), m.value())));
            return null;
        } catch (FormatException e) {
            return new Conversion.Rejected("bad-json", "update " + index + ": embedded JSON value is not valid");
        }
    }

    private static Map<String, String> labels(String origin, String target) {
        if (origin.isEmpty()) {
            return target.isEmpty() ? Map.of() : Map.of("target", target);
        }
        return target.isEmpty() ? Map.of("origin", origin) : Map.of("origin", origin, "target", target);
    }

    /** As the JSON decoder reads a uint64. */
    static double unsigned(long bits) {
        return bits >= 0 ? bits : (bits >>> 1) * 2.0 + (bits & 1);
    }

    /** A float as the protobuf-JSON mapping writes it (its shortest decimal text), read as a double. */
    static double floating(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            return value;
        }
        return Double.parseDouble(Float.toString(value));
    }

    /** As the JSON decoder reads a decimal64. */
    static double decimal(long digits, long precision) {
        return Decimal64.toDouble(digits, precision);
    }

    /** What every measurement of one update shares. */
    private final class Leaf {
        private final String name;
        private final Map<String, String> labels;
        private final OptionalLong ts;

        Leaf(String name, Map<String, String> labels, OptionalLong ts) {
            this.name = name;
            this.labels = labels;
            this.ts = ts;
        }

        Measurement of(MeasuredValue value) {
            return new Measurement(source, name.isEmpty() ? "/" : name, labels, ts, value);
        }

        /** A member of an embedded JSON value, named {@code decoded} by the JSON decoder under the root path. */
        Measurement named(String decoded, MeasuredValue value) {
            String full = name.isEmpty() ? decoded : "/".equals(decoded) ? name : name + decoded;
            return new Measurement(source, full, labels, ts, value);
        }
    }
}
