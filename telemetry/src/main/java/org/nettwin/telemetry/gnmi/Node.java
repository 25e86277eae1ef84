package org.nettwin.telemetry.gnmi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * A compact, read-only JSON tree with exactly the readings of Jackson's {@link JsonNode} that the decoder uses, but
 * built straight from the parser's tokens into arrays (Jackson's tree keeps a hash map per object, which cost most
 * of the decoding time). Duplicate members and syntax errors are left to the parser, so they fail as before.
 */
final class Node {

    /** The JSON type; its lower-case name is what Jackson's {@code JsonNodeType} would say. */
    enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL;

        private final String lowerName = name().toLowerCase(Locale.ROOT);
    }

    private static final Node NULL = new Node(Kind.NULL, null, 0, false);
    private static final Node TRUE = new Node(Kind.BOOLEAN, "true", 0, false);
    private static final Node FALSE = new Node(Kind.BOOLEAN, "false", 0, false);
    private static final Node[] NO_CHILDREN = {};
    private static final String[] NO_NAMES = {};

    private final Kind kind;
    /** String value; for an integer its canonical digits (as Jackson's {@code asText}); else null. */
    private final String text;
    private final double number;
    private final boolean integral;
    private String[] names = NO_NAMES;
    private Node[] children = NO_CHILDREN;
    private int size;

    private Node(Kind kind, String text, double number, boolean integral) {
        this.kind = kind;
        this.text = text;
        this.number = number;
        this.integral = integral;
    }

    /** Reads the value whose first token is the parser's current token. */
    static Node read(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                Node object = new Node(Kind.OBJECT, null, 0, false);
                object.names = new String[4];
                object.children = new Node[4];
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    p.nextToken();
                    object.add(name, read(p));
                }
                return object;
            }
            case START_ARRAY: {
                Node array = new Node(Kind.ARRAY, null, 0, false);
                array.children = new Node[4];
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(null, read(p));
                }
                return array;
            }
            case VALUE_STRING: return new Node(Kind.STRING, p.getText(), 0, false);
            case VALUE_NUMBER_INT: return integer(p);
            case VALUE_NUMBER_FLOAT: return new Node(Kind.NUMBER, null, p.getDoubleValue(), false);
            case VALUE_TRUE: return TRUE;
            case VALUE_FALSE: return FALSE;
            case VALUE_NULL: return NULL;
            default: throw new IllegalStateException("unexpected token " + token);
        }
    }

    private static Node integer(JsonParser p) throws IOException {
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            java.math.BigInteger big = p.getBigIntegerValue();
            return new Node(Kind.NUMBER, big.toString(), big.doubleValue(), true);
        }
        long value = p.getLongValue();
        return new Node(Kind.NUMBER, Long.toString(value), value, true);
    }

    /** The same value as a Jackson tree gives it (used for embedded JSON, which Jackson reads). */
    static Node of(JsonNode node) {
        if (node.isObject()) {
            Node object = new Node(Kind.OBJECT, null, 0, false);
            object.names = new String[Math.max(node.size(), 1)];
            object.children = new Node[object.names.length];
            Iterator<Map.Entry<String, JsonNode>> members = node.fields();
            while (members.hasNext()) {
                Map.Entry<String, JsonNode> member = members.next();
                object.add(member.getKey(), of(member.getValue()));
            }
            return object;
        }
        if (node.isArray()) {
            Node array = new Node(Kind.ARRAY, null, 0, false);
            array.children = new Node[Math.max(node.size(), 1)];
            for (JsonNode element : node) {
                array.add(null, of(element));
            }
            return array;
        }
        if (node.isNumber()) {
            return new Node(Kind.NUMBER, node.isIntegralNumber() ? node.asText() : null, node.doubleValue(),
                    node.isIntegralNumber());
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? TRUE : FALSE;
        }
        return node.isNull() ? NULL : new Node(Kind.STRING, node.asText(), 0, false);
    }

    private void add(String name, Node child) {
        if (size == children.length) {
            children = Arrays.copyOf(children, size * 2);
            if (kind == Kind.OBJECT) {
                names = Arrays.copyOf(names, size * 2);
            }
        }
        if (kind == Kind.OBJECT) {
            names[size] = name;
        }
        children[size++] = child;
    }

    /** The member named {@code name} of an object, else null. */
    Node get(String name) {
        for (int i = 0; i < size && kind == Kind.OBJECT; i++) {
            if (names[i].equals(name)) {
                return children[i];
            }
        }
        return null;
    }

    /** The number of members or elements; 0 for a scalar. */
    int size() {
        return size;
    }

    /** The i-th member's name (objects only). */
    String name(int i) {
        return names[i];
    }

    /** The i-th member's value or element. */
    Node child(int i) {
        return children[i];
    }

    boolean isObject() {
        return kind == Kind.OBJECT;
    }

    boolean isArray() {
        return kind == Kind.ARRAY;
    }

    boolean isNull() {
        return kind == Kind.NULL;
    }

    boolean isTextual() {
        return kind == Kind.STRING;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isIntegralNumber() {
        return integral;
    }

    boolean isBoolean() {
        return kind == Kind.BOOLEAN;
    }

    /** The string value; null for anything else. */
    String textValue() {
        return kind == Kind.STRING ? text : null;
    }

    /** The integer's canonical digits or the string value. */
    String asText() {
        return text;
    }

    double doubleValue() {
        return number;
    }

    boolean booleanValue() {
        return this == TRUE;
    }

    /** As Jackson names the node type: object, array, string, number, boolean or null. */
    String kindName() {
        return kind.lowerName;
    }
}
