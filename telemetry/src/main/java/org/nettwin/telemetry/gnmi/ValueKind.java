package org.nettwin.telemetry.gnmi;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The members of gNMI's {@code TypedValue} oneof (gnmi.proto: string_val = 1 ... double_val = 14), with both
 * spellings the protobuf-JSON mapping allows: the proto field name and its lowerCamelCase JSON name.
 */
enum ValueKind {
    STRING_VAL, INT_VAL, UINT_VAL, BOOL_VAL, BYTES_VAL, FLOAT_VAL, DECIMAL_VAL, LEAFLIST_VAL, ANY_VAL, JSON_VAL,
    JSON_IETF_VAL, ASCII_VAL, PROTO_BYTES, DOUBLE_VAL;

    private static final Map<String, ValueKind> BY_NAME = byName();

    /** The proto field name, e.g. {@code json_ietf_val}. */
    String protoName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The lowerCamelCase JSON name, e.g. {@code jsonIetfVal}. */
    String jsonName() {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : protoName().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** The kind a JSON member name denotes, in either spelling. */
    static Optional<ValueKind> named(String member) {
        return Optional.ofNullable(BY_NAME.get(member));
    }

    private static Map<String, ValueKind> byName() {
        Map<String, ValueKind> names = new HashMap<>();
        for (ValueKind kind : values()) {
            names.put(kind.protoName(), kind);
            names.put(kind.jsonName(), kind);
        }
        return Map.copyOf(names);
    }
}
