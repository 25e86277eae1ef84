package org.nettwin.telemetry.gnmi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.regex.Pattern;
import org.nettwin.telemetry.measurement.MeasuredValue;

/**
 * Decodes one gNMI {@code TypedValue} in the protobuf-JSON mapping into scalar leaves. Numbers (int, uint, double,
 * float, decimal64 as digits x 10^-precision) become {@link MeasuredValue.Numeric}; string and ascii values text;
 * bool a flag; bytes stay their base64 text; a leaf-list yields one leaf per element at the same path; JSON and
 * JSON-IETF values are base64-decoded (or taken as they are when written as JSON) and expanded by {@link JsonLeaves}.
 * {@code any_val} and {@code proto_bytes} need a schema this decoder does not have and are refused.
 */
final class TypedValues {

    /** Integers up to 2^53 and powers of ten up to 10^22 are exact doubles. */
    private static final Pattern DECIMAL_TEXT = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final ObjectMapper json;

    TypedValues() {
        json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Decodes {@code val} (a JSON object with exactly one member); an empty object yields nothing. */
    void decode(Node val, Where where, LeafConsumer out) throws GnmiProblem {
        if (!val.isObject()) {
            throw new GnmiProblem(where + ": expected a TypedValue object, got " + kindOf(val));
        }
        if (val.size() == 0) {
            return;
        }
        if (val.size() > 1) {
            throw new GnmiProblem(where + ": more than one value (" + val.name(0) + ", " + val.name(1) + ")");
        }
        String name = val.name(0);
        ValueKind kind = ValueKind.named(name)
                .orElseThrow(() -> new GnmiProblem(where + ": unknown value type '" + name + "'"));
        scalar(kind, val.child(0), where.child(".").child(name), out);
    }

    private void scalar(ValueKind kind, Node v, Where where, LeafConsumer out) throws GnmiProblem {
        switch (kind) {
            case STRING_VAL, ASCII_VAL -> out.leaf("", new MeasuredValue.Text(text(v, where)));
            case INT_VAL -> out.leaf("", new MeasuredValue.Numeric(integer(v, where, false)));
            case UINT_VAL -> out.leaf("", new MeasuredValue.Numeric(integer(v, where, true)));
            case BOOL_VAL -> out.leaf("", new MeasuredValue.Flag(bool(v, where)));
            case FLOAT_VAL, DOUBLE_VAL -> out.leaf("", new MeasuredValue.Numeric(floating(v, where)));
            case DECIMAL_VAL -> out.leaf("", new MeasuredValue.Numeric(decimal(v, where)));
            case BYTES_VAL -> {
                base64(v, where);
                out.leaf("", new MeasuredValue.Text(v.textValue()));
            }
            case LEAFLIST_VAL -> leafList(v, where, out);
            case JSON_VAL, JSON_IETF_VAL -> JsonLeaves.expand(embeddedJson(v, where), out);
            default -> throw new GnmiProblem(where + ": value type not supported (it needs the sender's schema)");
        }
    }

    private void leafList(Node v, Where where, LeafConsumer out) throws GnmiProblem {
        if (!v.isObject()) {
            throw new GnmiProblem(where + ": expected a ScalarArray object, got " + kindOf(v));
        }
        Node elements = v.get("element");
        if (elements == null || elements.isNull()) {
            return;
        }
        if (!elements.isArray()) {
            throw new GnmiProblem(where + ".element: expected an array, got " + kindOf(elements));
        }
        for (int i = 0; i < elements.size(); i++) {
            decode(elements.child(i), where.index(".element", i), out);
        }
    }

    private Node embeddedJson(Node v, Where where) throws GnmiProblem {
        if (!v.isTextual()) {
            return v; // some tools write the JSON value itself rather than base64 bytes
        }
        byte[] bytes = base64(v, where);
        try {
            JsonNode tree = json.readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                throw new GnmiProblem(where + ": the decoded JSON is empty");
            }
            return Node.of(tree);
        } catch (JsonProcessingException e) {
            throw new GnmiProblem(where + ": the base64-decoded bytes are not JSON ("
                    + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new GnmiProblem(where + ": the base64-decoded bytes cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String text(Node v, Where where) throws GnmiProblem {
        if (!v.isTextual()) {
            throw new GnmiProblem(where + ": expected a string, got " + kindOf(v));
        }
        return v.textValue();
    }

    private static boolean bool(Node v, Where where) throws GnmiProblem {
        if (!v.isBoolean()) {
            throw new GnmiProblem(where + ": expected true or false, got " + kindOf(v));
        }
        return v.booleanValue();
    }

    /** int64/uint64: the mapping writes them as strings, but numbers are accepted too (as protobuf parsers do). */
    private static double integer(Node v, Where where, boolean unsigned) throws GnmiProblem {
        String digits = integerText(v, where);
        try {
            if (unsigned) {
                long bits = Long.parseUnsignedLong(digits);
                return bits >= 0 ? bits : (bits >>> 1) * 2.0 + (bits & 1);
            }
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new GnmiProblem(where + ": not a" + (unsigned ? "n unsigned" : "") + " 64-bit integer: " + digits);
        }
    }

    static String integerText(Node v, Where where) throws GnmiProblem {
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isIntegralNumber()) {
            return v.asText();
        }
        throw new GnmiProblem(where + ": expected an integer (string or number), got " + kindOf(v));
    }

    private static double floating(Node v, Where where) throws GnmiProblem {
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            String s = v.textValue();
            switch (s) {
                case "NaN": return Double.NaN;
                case "Infinity": return Double.POSITIVE_INFINITY;
                case "-Infinity": return Double.NEGATIVE_INFINITY;
                default: break;
            }
            if (DECIMAL_TEXT.matcher(s).matches()) {
                return Double.parseDouble(s);
            }
            throw new GnmiProblem(where + ": not a number: " + s);
        }
        throw new GnmiProblem(where + ": expected a number, got " + kindOf(v));
    }

    private static double decimal(Node v, Where where) throws GnmiProblem {
        if (!v.isObject()) {
            throw new GnmiProblem(where + ": expected a Decimal64 object {digits, precision}, got " + kindOf(v));
        }
        Node digitsNode = v.get("digits");
        Node precisionNode = v.get("precision");
        long digits;
        long precision;
        try {
            digits = digitsNode == null ? 0 : Long.parseLong(integerText(digitsNode, where.child(".digits")));
            precision = precisionNode == null ? 0
                    : Long.parseLong(integerText(precisionNode, where.child(".precision")));
        } catch (NumberFormatException e) {
            throw new GnmiProblem(where + ": digits or precision is not an integer");
        }
        if (precision < 0 || precision > 4_294_967_295L) {
            throw new GnmiProblem(where + ".precision: not a uint32: " + precision);
        }
        return Decimal64.toDouble(digits, precision);
    }

    private static byte[] base64(Node v, Where where) throws GnmiProblem {
        String s = text(v, where);
        try {
            boolean urlSafe = s.indexOf('-') >= 0 || s.indexOf('_') >= 0;
            return (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(s);
        } catch (IllegalArgumentException e) {
            throw new GnmiProblem(where + ": not valid base64 (" + e.getMessage() + ")");
        }
    }

    static String kindOf(Node v) {
        return v.kindName();
    }
}
