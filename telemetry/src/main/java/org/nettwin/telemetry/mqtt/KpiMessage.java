package org.nettwin.telemetry.mqtt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One KPI message as published: {@code {"device":"<id>","ts":<ns>,"seq":<n>,"<field>":<number>,...}}. Read with a
 * streaming parser; numeric fields are kept in order, non-numeric ones only named.
 */
record KpiMessage(Optional<String> device, OptionalLong ts, List<String> names, double[] values,
                  List<String> nonNumeric) {

    private static final JsonFactory JSON = new JsonFactory();

    /** Reads {@code payload}. @throws IOException when it is not one well-formed JSON object */
    static KpiMessage parse(byte[] payload) throws IOException {
        try (JsonParser p = JSON.createParser(payload)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            Builder b = new Builder();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) {
                    throw new IOException("expected a field name");
                }
                String name = p.currentName();
                b.field(name, p.nextToken(), p);
            }
            if (p.nextToken() != null) {
                throw new IOException("trailing content after the object");
            }
            return b.build();
        }
    }

    /** Collects fields as the parser meets them. */
    private static final class Builder {
        private Optional<String> device = Optional.empty();
        private OptionalLong ts = OptionalLong.empty();
        private final List<String> names = new ArrayList<>();
        private double[] values = new double[8];
        private final List<String> nonNumeric = new ArrayList<>();

        void field(String name, JsonToken value, JsonParser p) throws IOException {
            if (value == null) {
                throw new IOException("truncated");
            }
            if (value.isStructStart()) {
                p.skipChildren();
            }
            switch (name) {
                case "device":
                    device = value == JsonToken.VALUE_STRING ? Optional.of(p.getText()) : Optional.empty();
                    return;
                case "ts":
                    // Nanoseconds since the epoch fit a long; a fraction or a bigger integer is no timestamp.
                    ts = value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                            ? OptionalLong.of(p.getLongValue()) : OptionalLong.empty();
                    return;
                case "seq":
                    return;
                default:
                    number(name, value, p);
            }
        }

        private void number(String name, JsonToken value, JsonParser p) throws IOException {
            if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT) {
                nonNumeric.add(name);
                return;
            }
            if (names.size() == values.length) {
                values = java.util.Arrays.copyOf(values, values.length * 2);
            }
            values[names.size()] = p.getDoubleValue();
            names.add(name);
        }

        KpiMessage build() {
            return new KpiMessage(device, ts, List.copyOf(names), java.util.Arrays.copyOf(values, names.size()),
                    List.copyOf(nonNumeric));
        }
    }
}
