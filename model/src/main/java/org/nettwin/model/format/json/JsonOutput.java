package org.nettwin.model.format.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A pretty-printing JSON writer for the formats (two-space indent, {@code "key": value}, {@code \n} line ends)
 * whose numbers read back exactly: integral values are written as integers, durations as exact decimal seconds,
 * other doubles in their shortest round-trip form. Write a document with {@link #write(Body)}.
 */
public final class JsonOutput {

    /** What writes a document's content on a generator. */
    @FunctionalInterface
    public interface Body {
        void writeOn(JsonGenerator out) throws IOException;
    }

    /** Ids of up to 15 digits are written as JSON integers; exact in every JSON implementation. */
    private static final Pattern CANONICAL_INTEGER = Pattern.compile("0|-?[1-9][0-9]{0,14}");
    /** Beyond this magnitude an integral double is written in exponent form. */
    private static final double MAX_PLAIN_INTEGRAL = 1e15;

    private final JsonFactory factory = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** The document {@code body} writes, pretty-printed and ending with a newline. */
    public String write(Body body) {
        StringWriter text = new StringWriter();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try (JsonGenerator out = factory.createGenerator(text)) {
            out.setPrettyPrinter(printer);
            body.writeOn(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string failed", e);
        }
        return text + "\n";
    }

    /** Writes a finite double so that parsing the text gives the same double back (including -0.0). */
    public static void number(JsonGenerator out, double value) throws IOException {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no representation for " + value);
        }
        if (value == 0 && Double.doubleToRawLongBits(value) != 0) {
            out.writeNumber(value);
        } else if (value == Math.rint(value) && Math.abs(value) < MAX_PLAIN_INTEGRAL) {
            out.writeNumber((long) value);
        } else if (Math.abs(value) >= 1e-9 && Math.abs(value) < MAX_PLAIN_INTEGRAL) {
            out.writeNumber(BigDecimal.valueOf(value).stripTrailingZeros());
        } else {
            out.writeNumber(value);
        }
    }

    /** Writes a field holding a finite double (see {@link #number(JsonGenerator, double)}). */
    public static void numberField(JsonGenerator out, String name, double value) throws IOException {
        out.writeFieldName(name);
        number(out, value);
    }

    /** Writes a duration as exact decimal seconds, e.g. {@code 0.00569} or {@code 60}. */
    public static void secondsField(JsonGenerator out, String name, Duration value) throws IOException {
        BigDecimal seconds = BigDecimal.valueOf(value.getSeconds()).add(BigDecimal.valueOf(value.getNano(), 9));
        out.writeFieldName(name);
        out.writeNumber(seconds.signum() == 0 ? BigDecimal.ZERO : seconds.stripTrailingZeros());
    }

    /** Writes an id as a JSON integer when it is a canonical integer of up to 15 digits, else as a string. */
    public static void id(JsonGenerator out, String id) throws IOException {
        if (CANONICAL_INTEGER.matcher(id).matches()) {
            out.writeNumber(Long.parseLong(id));
        } else {
            out.writeString(id);
        }
    }

    /** Writes a field holding an id (see {@link #id(JsonGenerator, String)}). */
    public static void idField(JsonGenerator out, String name, String id) throws IOException {
        out.writeFieldName(name);
        id(out, id);
    }

    /** Writes string attributes as an object with keys in sorted order. */
    public static void attributesField(JsonGenerator out, String name, Map<String, String> attributes)
            throws IOException {
        out.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : new TreeMap<>(attributes).entrySet()) {
            out.writeStringField(e.getKey(), e.getValue());
        }
        out.writeEndObject();
    }
}
