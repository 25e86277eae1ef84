package org.nettwin.model.format.json;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nettwin.model.format.FormatException;

/**
 * One value of a parsed JSON file with the line it starts on and a label naming the element it belongs to
 * (e.g. {@code link 3}), so that every problem found in it becomes a one-line {@link FormatException} such as
 * {@code s.json: line 14: link 3: unknown node 9}. Immutable; a JSON {@code null} reads as an absent field.
 */
public final class JsonValue {

    /** The JSON type of a value. */
    public enum Type { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    /** Durations are limited to this many seconds (about 31 years), far beyond any simulated run. */
    private static final double MAX_SECONDS = 1e9;
    /** Integer-valued numbers below this magnitude are exact in a double and may serve as ids. */
    private static final double MAX_EXACT_ID = 1e15;

    private final Type type;
    private final Where where;
    private final String text;
    private final double number;
    private final Map<String, JsonValue> fields;
    private final List<JsonValue> items;

    /** Where a value is: file name, line, and the label of the element it belongs to. */
    private record Where(String file, int line, String label) { }

    private JsonValue(Type type, Where where, String text, double number, Map<String, JsonValue> fields,
                      List<JsonValue> items) {
        this.type = type;
        this.where = where;
        this.text = text;
        this.number = number;
        this.fields = fields;
        this.items = items;
    }

    static JsonValue scalar(Type type, String file, int line, String text, double number) {
        return new JsonValue(type, new Where(file, line, ""), text, number, Map.of(), List.of());
    }

    static JsonValue object(String file, int line, Map<String, JsonValue> fields) {
        return new JsonValue(Type.OBJECT, new Where(file, line, ""), "", Double.NaN, Collections.unmodifiableMap(fields),
                List.of());
    }

    static JsonValue array(String file, int line, List<JsonValue> items) {
        return new JsonValue(Type.ARRAY, new Where(file, line, ""), "", Double.NaN, Map.of(), List.copyOf(items));
    }

    public Type type() {
        return type;
    }

    /** The line (1-based) on which this value starts. */
    public int line() {
        return where.line();
    }

    /** The element this value belongs to, as errors name it; empty for the top level. */
    public String label() {
        return where.label();
    }

    /** This value naming another element in its errors, e.g. {@code link 3} once the link's id is known. */
    public JsonValue labelled(String newLabel) {
        Where relabelled = new Where(where.file(), where.line(), requireNonNull(newLabel, "label"));
        return new JsonValue(type, relabelled, text, number, fields, items);
    }

    public boolean isObject() {
        return type == Type.OBJECT;
    }

    /** A problem with this value, located at its line and element. */
    public FormatException error(String problem) {
        String at = where.line() > 0 ? "line " + where.line() : "";
        if (!where.label().isEmpty()) {
            at = at.isEmpty() ? where.label() : at + ": " + where.label();
        }
        return new FormatException(where.file(), at, problem);
    }

    /** The field names of an object in file order (empty for any other value). */
    public Set<String> fieldNames() {
        return fields.keySet();
    }

    /** A field of this object; empty when absent or {@code null}, or when this is not an object. */
    public Optional<JsonValue> field(String name) {
        JsonValue v = fields.get(name);
        if (v == null || v.type == Type.NULL) {
            return Optional.empty();
        }
        return Optional.of(v.labelled(where.label()));
    }

    /** A field that must be present (and not {@code null}). */
    public JsonValue required(String name) throws FormatException {
        Optional<JsonValue> v = field(name);
        if (v.isEmpty()) {
            throw error("missing " + name);
        }
        return v.get();
    }

    /** The items of an array, each labelled like this value. */
    public List<JsonValue> asArray(String what) throws FormatException {
        if (type != Type.ARRAY) {
            throw error(what + " must be an array");
        }
        List<JsonValue> out = new ArrayList<>(items.size());
        for (JsonValue v : items) {
            out.add(v.labelled(where.label()));
        }
        return out;
    }

    /** This value, checked to be an object. */
    public JsonValue asObject(String what) throws FormatException {
        if (type != Type.OBJECT) {
            throw error(what + " must be an object");
        }
        return this;
    }

    public String asString(String what) throws FormatException {
        if (type != Type.STRING) {
            throw error(what + " must be a string");
        }
        return text;
    }

    /** A finite number. */
    public double asNumber(String what) throws FormatException {
        if (type != Type.NUMBER) {
            throw error(what + " must be a number");
        }
        if (!Double.isFinite(number)) {
            throw error(what + " is out of range: " + text);
        }
        return number;
    }

    /** An integer-valued number within the range of a long (3 and 3.0 both read as 3). */
    public long asLong(String what) throws FormatException {
        double d = asNumber(what);
        if (isIntegerToken()) {
            BigInteger exact = new BigInteger(text);
            if (exact.bitLength() > 63) {
                throw error(what + " is out of range: " + describe());
            }
            return exact.longValue();
        }
        if (d != Math.rint(d) || Math.abs(d) >= 9.2e18) {
            throw error(what + " must be an integer, got " + describe());
        }
        return (long) d;
    }

    /** An integer-valued number within the range of an int. */
    public int asInt(String what) throws FormatException {
        long v = asLong(what);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw error(what + " is out of range: " + text);
        }
        return (int) v;
    }

    /** Whether this is a number with an integer value within the range of a long. */
    public boolean isInteger() {
        if (type != Type.NUMBER || !Double.isFinite(number)) {
            return false;
        }
        if (isIntegerToken()) {
            return new BigInteger(text).bitLength() <= 63;
        }
        return number == Math.rint(number) && Math.abs(number) < 9.2e18;
    }

    /**
     * A number of seconds as a duration, rounded to the nanosecond; exact for decimal text such as {@code 0.00569}.
     * May be negative; at most {@value #MAX_SECONDS} s in magnitude.
     */
    public Duration asSeconds(String what) throws FormatException {
        double d = asNumber(what);
        if (Math.abs(d) > MAX_SECONDS) {
            throw error(what + " is out of range: " + text);
        }
        BigDecimal exact = new BigDecimal(Double.toString(d));
        if (text.length() <= 40) {
            BigDecimal fromText = new BigDecimal(text);
            if (fromText.scale() <= 40 && fromText.scale() >= -40) {
                exact = fromText;
            }
        }
        long nanos = exact.movePointRight(9).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        return Duration.ofNanos(nanos);
    }

    /**
     * An identifier: a non-blank string as it is, or an integer-valued number in canonical form (3 and 3.0 give
     * {@code "3"}), so that ids written either way match.
     */
    public String asId(String what) throws FormatException {
        if (type == Type.STRING) {
            if (text.isBlank()) {
                throw error(what + " must not be blank");
            }
            return text;
        }
        if (type == Type.NUMBER) {
            if (isIntegerToken()) {
                return new BigInteger(text).toString();
            }
            if (Double.isFinite(number) && number == Math.rint(number) && Math.abs(number) < MAX_EXACT_ID) {
                return Long.toString((long) number);
            }
        }
        throw error(what + " must be an integer or a string, got " + describe());
    }

    /** A scalar as text: a string as it is, a number or boolean as written in the file; empty for others. */
    public Optional<String> scalarText() {
        boolean scalar = type == Type.STRING || type == Type.NUMBER || type == Type.BOOLEAN;
        return scalar ? Optional.of(text) : Optional.empty();
    }

    /** A short description of this value for messages, e.g. {@code "RngRun 1"} or {@code 2.5}. */
    public String describe() {
        switch (type) {
            case STRING:
                String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
                return "\"" + shown + "\"";
            case OBJECT:
                return "an object";
            case ARRAY:
                return "an array";
            default:
                return text.length() > 40 ? text.substring(0, 40) + "..." : text;
        }
    }

    // Convenience accessors for object fields; each names the field in its error.

    public double number(String name) throws FormatException {
        return required(name).asNumber(name);
    }

    public double number(String name, double fallback) throws FormatException {
        Optional<JsonValue> v = field(name);
        return v.isPresent() ? v.get().asNumber(name) : fallback;
    }

    public String string(String name) throws FormatException {
        return required(name).asString(name);
    }

    public String string(String name, String fallback) throws FormatException {
        Optional<JsonValue> v = field(name);
        return v.isPresent() ? v.get().asString(name) : fallback;
    }

    public String id(String name) throws FormatException {
        return required(name).asId(name);
    }

    public Duration seconds(String name) throws FormatException {
        return required(name).asSeconds(name);
    }

    public int integer(String name, int fallback) throws FormatException {
        Optional<JsonValue> v = field(name);
        return v.isPresent() ? v.get().asInt(name) : fallback;
    }

    /** The items of a required array field. */
    public List<JsonValue> array(String name) throws FormatException {
        return required(name).asArray(name);
    }

    /** The items of an optional array field; empty when absent. */
    public List<JsonValue> optionalArray(String name) throws FormatException {
        Optional<JsonValue> v = field(name);
        return v.isPresent() ? v.get().asArray(name) : List.of();
    }

    /** An optional object field. */
    public Optional<JsonValue> optionalObject(String name) throws FormatException {
        Optional<JsonValue> v = field(name);
        if (v.isPresent()) {
            v.get().asObject(name);
        }
        return v;
    }

    private boolean isIntegerToken() {
        return type == Type.NUMBER && text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    }

    @Override
    public String toString() {
        return "JsonValue[" + type + " at line " + where.line() + ": " + describe() + "]";
    }
}
