package org.nettwin.telemetry.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nettwin.model.format.FormatException;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;

class PrometheusTextDecoderTest {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})?\\s+(\\S+)(\\s+(-?\\d+))?\\s*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    static Stream<Path> sharedFiles() throws Exception {
        String shared = System.getProperty("nettwin.shared", "../../shared");
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(shared, "data", "prometheus-exposition"))) {
            files = s.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("LICENSE"))
                    .sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("sharedFiles")
    void decodesEverySampleOfTheSharedScrapes(Path file) throws Exception {
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            Matcher m = SAMPLE.matcher(line.strip());
            assertThat(m.matches()).as(line).isTrue();
            Map<String, String> labels = new TreeMap<>();
            if (m.group(3) != null) {
                Matcher l = LABEL.matcher(m.group(3));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\"));
                }
            }
            String v = m.group(4);
            String value = v.equals("NaN") || v.endsWith("Inf") ? v : Double.toString(Double.parseDouble(v));
            expected.add(m.group(1) + labels + " " + value + " " + m.group(6));
        }
        List<String> actual = new ArrayList<>();
        for (Measurement s : decode(Files.readAllBytes(file))) {
            actual.add(s.name() + new TreeMap<>(s.labels()) + " " + render(s.value()) + " "
                    + (s.sourceTimeNanos().isPresent() ? s.sourceTimeNanos().getAsLong() / 1_000_000 : null));
        }
        assertThat(actual).hasSizeGreaterThan(1000).containsExactlyElementsOf(expected);
    }

    @Test
    void readsEscapesSpecialValuesTimestampsAndSpacing() throws Exception {
        String text = "# HELP m A help text with \\\\ and \\n.\n# TYPE m counter\n# just a comment\n\n"
                + "m{path=\"C:\\\\dir\",quote=\"say \\\"hi\\\"\",nl=\"a\\nb\",} 12 1700000000000\r\n"
                + "  m_sum  \t-Inf\nm_count{} +Inf -5\nm NaN\nm 1.5e3\nm{a=\"\"} .5";
        List<Measurement> got = decode(text.getBytes(StandardCharsets.UTF_8));
        assertThat(got).hasSize(6);
        assertThat(got.get(0).labels()).containsExactlyInAnyOrderEntriesOf(
                Map.of("path", "C:\\dir", "quote", "say \"hi\"", "nl", "a\nb"));
        assertThat(got.get(0).sourceTimeNanos().getAsLong()).isEqualTo(1_700_000_000_000_000_000L);
        assertThat(got).extracting(Measurement::value).containsExactly(new MeasuredValue.Numeric(12),
                new MeasuredValue.Numeric(Double.NEGATIVE_INFINITY), new MeasuredValue.Numeric(Double.POSITIVE_INFINITY),
                new MeasuredValue.Numeric(Double.NaN), new MeasuredValue.Numeric(1500), new MeasuredValue.Numeric(0.5));
        assertThat(got.get(2).sourceTimeNanos().getAsLong()).isEqualTo(-5_000_000L);
        assertThat(got.get(5).labels()).containsEntry("a", "");
    }

    @Test
    void namesTheLineColumnAndProblemOfMalformedInput() {
        assertProblem("m{a=\"x} 1", "line 2, column 10: unterminated label value");
        assertProblem("m{a=x} 1", "line 2, column 5: expected '\"', found 'x'");
        assertProblem("m{1a=\"x\"} 1", "line 2, column 3: expected a label name or '}'");
        assertProblem("m{a=\"x\" b=\"y\"} 1", "line 2, column 9: expected ',' or '}'");
        assertProblem("m{a=\"x\",a=\"y\"} 1", "label 'a' appears twice");
        assertProblem("m{a=\"\\t\"} 1", "invalid escape");
        assertProblem("m 12abc", "line 2, column 3: not a number: '12abc'");
        assertProblem("m 1d", "not a number: '1d'");
        assertProblem("m 0x1p3", "not a number");
        assertProblem("m 1 12.5", "line 2, column 5: not an integer timestamp");
        assertProblem("m 1 99999999999999999", "timestamp out of range");
        assertProblem("m", "expected a value");
        assertProblem("m 1 2 3", "unexpected text after the sample");
        assertProblem("9m 1", "line 2, column 1: expected a metric name");
        assertProblem("# TYPE m countr", "unknown metric type 'countr'");
        assertProblem("# TYPE 1m counter", "expected a metric name after # TYPE");
    }

    @Test
    void deliversTheLinesBeforeABadOne() {
        List<Measurement> got = new ArrayList<>();
        byte[] text = "a 1\nb 2\nc{ 3\nd 4\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new PrometheusTextDecoder("t").decode("f", new ByteArrayInputStream(text), got::add))
                .isInstanceOf(FormatException.class).hasMessageStartingWith("f: line 3, column 4: ");
        assertThat(got).extracting(Measurement::name).containsExactly("a", "b");
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] text = {'m', '{', 'a', '=', '"', (byte) 0xff, '"', '}', ' ', '1', '\n'};
        assertThatThrownBy(() -> decode(text)).isInstanceOf(FormatException.class).hasMessageContaining("not UTF-8");
    }

    private static void assertProblem(String line, String problem) {
        byte[] text = ("ok 1\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> decode(text)).isInstanceOf(FormatException.class)
                .hasMessageStartingWith("scrape.txt: line 2").hasMessageContaining(problem);
    }

    static List<Measurement> decode(byte[] text) throws FormatException {
        List<Measurement> out = new ArrayList<>();
        new PrometheusTextDecoder("test").decode("scrape.txt", new ByteArrayInputStream(text), out::add);
        return out;
    }

    private static String render(MeasuredValue v) {
        double d = ((MeasuredValue.Numeric) v).value();
        if (Double.isNaN(d)) {
            return "NaN";
        }
        return Double.isInfinite(d) ? (d > 0 ? "+Inf" : "-Inf") : Double.toString(d);
    }
}
