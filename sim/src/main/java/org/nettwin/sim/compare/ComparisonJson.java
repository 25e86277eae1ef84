package org.nettwin.sim.compare;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * A {@link ResultComparison} as one JSON object: {@code headline} (strings), {@code flows} (worst first, each with
 * {@code delay_s}, {@code loss_percent}, {@code throughput_bps} as {@code {before, after, delta, percent}} where
 * known), {@code only_in_baseline}, {@code only_in_what_if}, {@code crossings} and {@code new_drops} (link
 * directions with {@code utilisation} and {@code dropped_packets} changes). Infinite percentages are omitted.
 */
public final class ComparisonJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ComparisonJson() {
    }

    public static String write(ResultComparison c) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("format", "nettwin-comparison/1");
            g.writeStringField("baseline_engine", c.baselineEngine());
            g.writeStringField("what_if_engine", c.whatIfEngine());
            g.writeNumberField("threshold", c.threshold());
            strings(g, "headline", c.headline());
            g.writeArrayFieldStart("flows");
            for (FlowChange f : c.flows()) {
                g.writeStartObject();
                g.writeStringField("id", f.id());
                change(g, "delay_s", f.delayS());
                change(g, "loss_percent", f.lossPercent());
                change(g, "throughput_bps", f.throughputBps());
                g.writeNumberField("severity", f.severity());
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "only_in_baseline", c.onlyInBaseline());
            strings(g, "only_in_what_if", c.onlyInWhatIf());
            links(g, "crossings", c.crossings());
            links(g, "new_drops", c.newDrops());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void links(JsonGenerator g, String field, List<LinkChange> links) throws IOException {
        g.writeArrayFieldStart(field);
        for (LinkChange l : links) {
            g.writeStartObject();
            g.writeStringField("id", l.id());
            g.writeStringField("from", l.from());
            g.writeStringField("to", l.to());
            change(g, "utilisation", l.utilisation());
            change(g, "dropped_packets", l.dropped());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void change(JsonGenerator g, String field, Optional<Change> change) throws IOException {
        if (change.isEmpty()) {
            return;
        }
        Change c = change.get();
        g.writeObjectFieldStart(field);
        g.writeNumberField("before", c.before());
        g.writeNumberField("after", c.after());
        g.writeNumberField("delta", c.delta());
        if (Double.isFinite(c.percent())) {
            g.writeNumberField("percent", c.percent());
        }
        g.writeEndObject();
    }
}
