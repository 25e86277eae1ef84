package org.nettwin.emulator.truth;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.nettwin.model.traffic.OdPair;

/**
 * Appends the ground truth to a file, one JSON object per line and per second: {@code t} (ISO instant),
 * {@code model_ns}, {@code links} (link, from, to, offered_bps, carried_bps, state), {@code od} (origin, destination,
 * bps, delivered_bps), {@code unrouted_bps} and {@code clock_offset_ns} per device. Subscribe it with
 * {@link GroundTruth#subscribe}. The twin never reads this file.
 */
public final class JsonLinesTruthWriter implements Consumer<TruthSecond>, AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();

    private final Writer out;

    private JsonLinesTruthWriter(Writer out) {
        this.out = out;
    }

    /**
     * A writer appending to {@code file} (created if missing).
     *
     * @throws UncheckedIOException when the file cannot be opened
     */
    public static JsonLinesTruthWriter appendingTo(Path file) {
        requireNonNull(file, "file");
        try {
            return new JsonLinesTruthWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open ground-truth file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The JSON line (without the newline) for one second. */
    public static String line(TruthSecond second) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("t", second.start().toString());
            g.writeNumberField("model_ns", second.modelNanos());
            writeLinks(g, second);
            writeMatrix(g, second);
            g.writeNumberField("unrouted_bps", second.unroutedBps());
            g.writeObjectFieldStart("clock_offset_ns");
            for (Map.Entry<String, Long> e : new TreeMap<>(second.clockOffsetNanos()).entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writeLinks(JsonGenerator g, TruthSecond second) throws IOException {
        double[] offered = second.offeredBps();
        double[] carried = second.carriedBps();
        g.writeArrayFieldStart("links");
        for (int i = 0; i < offered.length; i++) {
            TruthLayout.Direction d = second.layout().directions().get(i);
            g.writeStartObject();
            g.writeStringField("link", d.link().value());
            g.writeStringField("from", d.from().value());
            g.writeStringField("to", d.to().value());
            g.writeNumberField("offered_bps", offered[i]);
            g.writeNumberField("carried_bps", carried[i]);
            g.writeStringField("state", second.states().get(i).name());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeMatrix(JsonGenerator g, TruthSecond second) throws IOException {
        double[] bps = second.demandBps();
        double[] delivered = second.deliveredBps();
        g.writeArrayFieldStart("od");
        for (int p = 0; p < bps.length; p++) {
            OdPair pair = second.layout().pairs().get(p);
            g.writeStartObject();
            g.writeStringField("origin", pair.origin().value());
            g.writeStringField("destination", pair.destination().value());
            g.writeNumberField("bps", bps[p]);
            g.writeNumberField("delivered_bps", delivered[p]);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    @Override
    public void accept(TruthSecond second) {
        String text = line(second);
        synchronized (out) {
            try {
                out.write(text);
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append ground truth: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (out) {
            out.close();
        }
    }
}
