package org.nettwin.telemetry.prometheus;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;

/**
 * Parses one non-comment line of the exposition format: {@code name[{label="value",...}] value [timestamp_ms]}, with
 * blanks or tabs between tokens, an optional trailing comma in the label set, and the label-value escapes
 * {@code \\}, {@code \"} and {@code \n} (any other escape is an error, as is a repeated label name).
 */
final class SampleLine {

    private final String source;
    private String line;
    private int pos;

    SampleLine(String source) {
        this.source = source;
    }

    Measurement parse(String text, int start) throws ExpositionProblem {
        line = text;
        pos = start;
        String metric = name(true, "metric name");
        boolean blank = skipBlanks();
        Map<String, String> labels = Map.of();
        if (pos < line.length() && line.charAt(pos) == '{') {
            pos++;
            labels = labels();
            blank = skipBlanks();
        }
        if (!blank) {
            throw problem("expected a blank and a value after the metric name and labels");
        }
        int valueAt = pos;
        MeasuredValue value = value(token("value"), valueAt);
        OptionalLong ts = OptionalLong.empty();
        if (skipBlanks() && pos < line.length()) {
            int tsAt = pos;
            ts = OptionalLong.of(timestamp(token("timestamp"), tsAt));
            skipBlanks();
        }
        if (pos < line.length()) {
            throw problem("unexpected text after the sample: '" + line.substring(pos) + "'");
        }
        return new Measurement(source, metric, labels, ts, value);
    }

    /** A metric name ([a-zA-Z_:][a-zA-Z0-9_:]*) or, without colons, a label name. */
    String name(boolean colons, String what) throws ExpositionProblem {
        int begin = pos;
        while (pos < line.length()) {
            char c = line.charAt(pos);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || colons && c == ':'
                    || pos > begin && c >= '0' && c <= '9';
            if (!ok) {
                break;
            }
            pos++;
        }
        if (pos == begin) {
            throw problem("expected a " + what + (pos < line.length() ? ", found '" + line.charAt(pos) + "'"
                    : ", found the end of the line"));
        }
        return line.substring(begin, pos);
    }

    private Map<String, String> labels() throws ExpositionProblem {
        Map<String, String> labels = new HashMap<>(8);
        while (true) {
            skipBlanks();
            if (pos < line.length() && line.charAt(pos) == '}') {
                pos++;
                return labels;
            }
            String name = name(false, "label name or '}'");
            skipBlanks();
            expect('=');
            skipBlanks();
            expect('"');
            String value = labelValue();
            if (labels.put(name, value) != null) {
                throw problem("label '" + name + "' appears twice");
            }
            skipBlanks();
            if (pos < line.length() && line.charAt(pos) == ',') {
                pos++;
            } else if (pos >= line.length() || line.charAt(pos) != '}') {
                throw problem("expected ',' or '}' after the value of label '" + name + "'");
            }
        }
    }

    private String labelValue() throws ExpositionProblem {
        StringBuilder out = null;
        int begin = pos;
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (c == '"') {
                String value = out == null ? line.substring(begin, pos) : out.toString();
                pos++;
                return value;
            }
            if (c == '\\') {
                if (out == null) {
                    out = new StringBuilder(line.substring(begin, pos));
                }
                pos++;
                char e = pos < line.length() ? line.charAt(pos) : ' ';
                if (e != '\\' && e != '"' && e != 'n') {
                    throw problem("invalid escape in a label value (only \\\\, \\\" and \\n are allowed)");
                }
                out.append(e == 'n' ? '\n' : e);
            } else if (out != null) {
                out.append(c);
            }
            pos++;
        }
        throw problem("unterminated label value (missing closing '\"')");
    }

    private static MeasuredValue value(String text, int at) throws ExpositionProblem {
        try {
            return new MeasuredValue.Numeric(Numbers.parseValue(text));
        } catch (ExpositionProblem e) {
            throw new ExpositionProblem(at + 1, e.getMessage());
        }
    }

    private static long timestamp(String text, int at) throws ExpositionProblem {
        try {
            long ms = Numbers.parseTimestamp(text);
            if (ms > Long.MAX_VALUE / 1_000_000 || ms < Long.MIN_VALUE / 1_000_000) {
                throw new ExpositionProblem(0, "timestamp out of range: " + text);
            }
            return ms * 1_000_000;
        } catch (ExpositionProblem e) {
            throw new ExpositionProblem(at + 1, e.getMessage());
        }
    }

    private String token(String what) throws ExpositionProblem {
        int begin = pos;
        while (pos < line.length() && line.charAt(pos) != ' ' && line.charAt(pos) != '\t') {
            pos++;
        }
        if (pos == begin) {
            throw problem("expected a " + what);
        }
        return line.substring(begin, pos);
    }

    private void expect(char c) throws ExpositionProblem {
        if (pos >= line.length() || line.charAt(pos) != c) {
            throw problem("expected '" + c + "'" + (pos < line.length() ? ", found '" + line.charAt(pos) + "'"
                    : ", found the end of the line"));
        }
        pos++;
    }

    /** Skips blanks and tabs; true when it skipped any or reached the end of the line. */
    boolean skipBlanks() {
        int begin = pos;
        while (pos < line.length() && (line.charAt(pos) == ' ' || line.charAt(pos) == '\t')) {
            pos++;
        }
        return pos > begin || pos >= line.length();
    }

    ExpositionProblem problem(String text) {
        return new ExpositionProblem(pos + 1, text);
    }

    /** Positions the parser on a line (for comment parsing). */
    void reset(String text, int start) {
        line = text;
        pos = start;
    }

    String rest() {
        return line.substring(pos);
    }
}
