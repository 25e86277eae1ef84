package org.nettwin.telemetry.prometheus;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.nettwin.model.format.FormatException;
import org.nettwin.telemetry.spi.MeasurementSink;

/**
 * Decodes the Prometheus text exposition format 0.0.4, streaming, into one measurement per sample line: its name is
 * the sample's metric name (histogram and summary series such as {@code _bucket}, {@code _sum}, {@code _count} are
 * samples like any other), its labels the sample's labels, its value the sample value (NaN and infinities kept)
 * and its source time the optional millisecond timestamp. Blank lines and comments are skipped; {@code # HELP} and
 * {@code # TYPE} lines are checked (a valid metric name; a known type). Input must be UTF-8. Errors are
 * {@link FormatException}s naming the line and column; the lines before have been delivered. Not thread-safe.
 */
public final class PrometheusTextDecoder {

    private static final Set<String> TYPES = Set.of("counter", "gauge", "histogram", "summary", "untyped");

    private final SampleLine parser;

    /** @param source the measurements' source (e.g. the scrape target or the file name) */
    public PrometheusTextDecoder(String source) {
        parser = new SampleLine(requireNonNull(source, "source"));
    }

    /** Decodes {@code in} (named {@code file} in errors) and delivers its samples in input order. */
    public void decode(String file, InputStream in, MeasurementSink sink) throws FormatException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()),
                1 << 16);
        int lineNo = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
                    line = line.substring(0, line.length() - 1); // CRLF line ends
                }
                int start = firstNonBlank(line);
                if (start == line.length()) {
                    continue;
                }
                if (line.charAt(start) == '#') {
                    comment(line, start + 1);
                } else {
                    sink.accept(parser.parse(line, start));
                }
            }
        } catch (ExpositionProblem e) {
            throw new FormatException(file, "line " + lineNo + ", column " + e.column(), e.getMessage());
        } catch (CharacterCodingException e) {
            throw new FormatException(file, "line " + (lineNo + 1), "not UTF-8 text");
        } catch (IOException e) {
            throw new FormatException(file, "line " + (lineNo + 1), "cannot read: " + e.getMessage());
        }
    }

    /** {@code # HELP name text} and {@code # TYPE name type} are checked; any other comment is ignored. */
    private void comment(String line, int start) throws ExpositionProblem {
        parser.reset(line, start);
        parser.skipBlanks();
        String rest = parser.rest();
        boolean help = rest.startsWith("HELP ") || rest.startsWith("HELP\t");
        boolean type = rest.startsWith("TYPE ") || rest.startsWith("TYPE\t");
        if (!help && !type) {
            return;
        }
        parser.reset(line, line.length() - rest.length() + 4);
        parser.skipBlanks();
        String metric = parser.name(true, "metric name after # " + (help ? "HELP" : "TYPE"));
        if (type) {
            parser.skipBlanks();
            String kind = parser.rest().strip();
            if (!TYPES.contains(kind)) {
                throw parser.problem("unknown metric type '" + kind + "' for " + metric
                        + " (expected counter, gauge, histogram, summary or untyped)");
            }
        } else if (!parser.skipBlanks()) {
            throw parser.problem("expected a blank after the metric name in # HELP");
        }
    }

    private static int firstNonBlank(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
