package org.nettwin.server.telemetry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.spi.MeasurementSink;

/**
 * Writes measurements as spec/cli.md's "Telemetry decoding" lines, one JSON object per line. gnmi-json:
 * {@code path, origin, target, ts_ns, value}; prometheus: {@code metric, labels, value, ts_ms}. Integral numbers
 * below 2^53 are written as JSON integers, other finite numbers as JSON numbers, and NaN and the infinities as the
 * strings {@code "NaN"}, {@code "+Inf"}, {@code "-Inf"}; a gNMI message without a timestamp has {@code ts_ns} 0
 * (protobuf's default).
 */
final class MeasurementLines implements MeasurementSink, AutoCloseable {

    private static final double EXACT_INTEGERS = 9_007_199_254_740_992.0;

    private final JsonGenerator json;
    private final boolean gnmi;

    MeasurementLines(Writer out, TelemetryFormat format) throws IOException {
        json = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .setRootValueSeparator(null);
        gnmi = format == TelemetryFormat.GNMI_JSON;
    }

    @Override
    public void accept(Measurement m) {
        try {
            json.writeStartObject();
            if (gnmi) {
                json.writeStringField("path", m.name());
                json.writeStringField("origin", m.labels().getOrDefault("origin", ""));
                json.writeStringField("target", m.labels().getOrDefault("target", ""));
                json.writeNumberField("ts_ns", m.sourceTimeNanos().orElse(0));
                json.writeFieldName("value");
                value(m.value());
            } else {
                json.writeStringField("metric", m.name());
                json.writeObjectFieldStart("labels");
                for (Map.Entry<String, String> label : new TreeMap<>(m.labels()).entrySet()) {
                    json.writeStringField(label.getKey(), label.getValue());
                }
                json.writeEndObject();
                json.writeFieldName("value");
                value(m.value());
                json.writeFieldName("ts_ms");
                if (m.sourceTimeNanos().isPresent()) {
                    json.writeNumber(m.sourceTimeNanos().getAsLong() / 1_000_000);
                } else {
                    json.writeNull();
                }
            }
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void value(MeasuredValue value) throws IOException {
        if (value instanceof MeasuredValue.Numeric n) {
            number(n.value());
        } else if (value instanceof MeasuredValue.Text t) {
            json.writeString(t.value());
        } else if (value instanceof MeasuredValue.Flag f) {
            json.writeBoolean(f.value());
        }
    }

    private void number(double v) throws IOException {
        if (Double.isNaN(v)) {
            json.writeString("NaN");
        } else if (Double.isInfinite(v)) {
            json.writeString(v > 0 ? "+Inf" : "-Inf");
        } else if (v == Math.rint(v) && Math.abs(v) < EXACT_INTEGERS) {
            json.writeNumber((long) v);
        } else {
            json.writeNumber(v);
        }
    }

    @Override
    public void close() throws IOException {
        json.flush();
    }
}
