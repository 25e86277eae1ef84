package org.nettwin.telemetry.gnmi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nettwin.model.format.FormatException;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;

class GnmiJsonDecoderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> sharedFiles() {
        return SharedFiles.responses().stream();
    }

    @ParameterizedTest
    @MethodSource("sharedFiles")
    void decodesEverySharedCaptureLeafByLeaf(Path file) throws Exception {
        List<String> expected = independentlyRead(file);
        List<String> actual = new ArrayList<>();
        for (Measurement m : decode(Files.readAllBytes(file))) {
            actual.add(m.labels().getOrDefault("origin", "") + "|" + m.labels().getOrDefault("target", "") + "|"
                    + m.name() + "|" + m.sourceTimeNanos().orElse(0) + "|" + render(m.value()));
        }
        assertThat(actual).isNotEmpty().containsExactlyElementsOf(expected);
    }

    @Test
    void readsDecimalsPrefixesAndBase64JsonIetfFromTheRealCaptures() throws Exception {
        List<Measurement> platform = decode(Files.readAllBytes(SharedFiles.data(
                "gnmi-notifications/issue_12831/responses.json")));
        assertThat(platform).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("/openconfig-platform:components/component[name=CM-1]/state/temperature/avg");
            assertThat(m.value()).isEqualTo(new MeasuredValue.Numeric(20.5));
            assertThat(m.sourceTimeNanos().getAsLong()).isEqualTo(1714598222912553000L);
        });
        List<Measurement> ietf = decode(Files.readAllBytes(SharedFiles.data(
                "gnmi-notifications/issue_14044/responses.json")));
        assertThat(ietf).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("/interfaces/interface[name=FourHundredGigE0/2/0/3]/state/description");
            assertThat(m.labels()).containsEntry("origin", "openconfig-interfaces");
            assertThat(m.value()).isEqualTo(new MeasuredValue.Text("REDACTED"));
        });
    }

    @Test
    void acceptsBothSpellingsSortsKeysAndExpandsJson() throws Exception {
        String ietf = Base64.getEncoder().encodeToString(
                "{\"counters\":{\"in-octets\":12,\"up\":true,\"lanes\":[1,2],\"flag\":[null]}}".getBytes(
                        StandardCharsets.UTF_8));
        String payload = "[{\"sync_response\":true},{\"update\":{\"timestamp\":5,\"prefix\":{\"target\":\"r1\","
                + "\"elem\":[{\"name\":\"a\",\"key\":{\"z\":\"1\",\"b\":\"x]y\"}}]},\"update\":["
                + "{\"path\":{\"elem\":[{\"name\":\"i\"}]},\"val\":{\"int_val\":\"-3\"}},"
                + "{\"path\":{\"elem\":[{\"name\":\"u\"}]},\"val\":{\"uintVal\":18446744073709551615}},"
                + "{\"path\":{\"elem\":[{\"name\":\"d\"}]},\"val\":{\"double_val\":\"NaN\"}},"
                + "{\"path\":{\"elem\":[{\"name\":\"f\"}]},\"val\":{\"floatVal\":1.5}},"
                + "{\"path\":{\"elem\":[{\"name\":\"s\"}]},\"val\":{\"asciiVal\":\"txt\"}},"
                + "{\"path\":{\"elem\":[{\"name\":\"b\"}]},\"val\":{\"bytesVal\":\"AAE=\"}},"
                + "{\"path\":{\"elem\":[{\"name\":\"l\"}]},\"val\":{\"leaflistVal\":{\"element\":[{\"intVal\":\"1\"},"
                + "{\"stringVal\":\"two\"}]}}},"
                + "{\"path\":{\"elem\":[{\"name\":\"j\"}]},\"val\":{\"json_ietf_val\":\"" + ietf + "\"}},"
                + "{\"path\":{\"elem\":[{\"name\":\"k\"}]},\"val\":{\"jsonVal\":{\"x\":\"y\"}}}],"
                + "\"delete\":[{\"elem\":[{\"name\":\"gone\"}]}]}}]";
        List<String> got = decode(payload.getBytes(StandardCharsets.UTF_8)).stream()
                .map(m -> m.source() + " " + m.name() + " " + m.sourceTimeNanos().getAsLong() + " " + render(m.value()))
                .toList();
        String a = "r1 /a[b=x\\]y][z=1]";
        assertThat(got).containsExactly(a + "/i 5 -3.0", a + "/u 5 1.8446744073709552E19", a + "/d 5 NaN",
                a + "/f 5 1.5", a + "/s 5 \"txt\"", a + "/b 5 \"AAE=\"", a + "/l 5 1.0", a + "/l 5 \"two\"",
                a + "/j/counters/in-octets 5 12.0", a + "/j/counters/up 5 true", a + "/j/counters/lanes 5 1.0",
                a + "/j/counters/lanes 5 2.0", a + "/j/counters/flag 5 true", a + "/k/x 5 \"y\"");
    }

    @Test
    void rejectsTruncatedJsonWithItsPosition() {
        assertThatThrownBy(() -> decode("[{\"update\":{\"timestamp\":\"1\",\n\"update\":[".getBytes(
                StandardCharsets.UTF_8)))
                .isInstanceOf(FormatException.class).hasMessageStartingWith("test.json: line 2, column ")
                .hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> decode("[{\"syncResponse\":true}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FormatException.class)
                .hasMessage("test.json: line 1, column 23: malformed JSON: Unexpected end-of-input: expected close marker"
                        + " for Array");
        assertThatThrownBy(() -> decode(new byte[0])).isInstanceOf(FormatException.class)
                .hasMessageContaining("empty input");
    }

    @Test
    void namesTheMessageAndTheFieldOfEachProblem() {
        assertProblem("{\"update\":{\"update\":[{\"path\":{},\"val\":{\"intVal\":true}}]}}",
                "message 2 (line 2, column 1): update.update[0].val.intVal: expected an integer");
        assertProblem("{\"update\":{\"update\":[{\"val\":{\"intVal\":\"12x\"}}]}}", "not a 64-bit integer: 12x");
        assertProblem("{\"update\":{\"update\":[{\"val\":{\"jsonIetfVal\":\"%%%\"}}]}}", "not valid base64");
        assertProblem("{\"update\":{\"update\":[{\"val\":{\"jsonIetfVal\":\"e30=e30=\"}}]}}", "not valid base64");
        assertProblem("{\"update\":{\"update\":[{\"val\":{\"jsonIetfVal\":\"eyJh\"}}]}}", "not JSON");
        assertProblem("{\"update\":{\"update\":[{\"val\":{\"fancyVal\":1}}]}}", "unknown value type 'fancyVal'");
        assertProblem("{\"update\":{\"update\":[{\"val\":{\"anyVal\":{}}}]}}", "not supported");
        assertProblem("{\"update\":{\"update\":[{\"val\":{\"intVal\":\"1\",\"uintVal\":\"2\"}}]}}", "more than one");
        assertProblem("{\"update\":{\"timestamp\":\"soon\"}}", "update.timestamp: not a 64-bit integer");
        assertProblem("{\"update\":{\"prefix\":{\"elem\":[{\"name\":\"a\",\"key\":{\"k\":1}}]}}}", "prefix.elem[0].key.k");
        assertProblem("{\"update\":{\"update\":[{\"val\":{\"decimalVal\":{\"digits\":\"x\"}}}]}}", "digits");
        assertProblem("{\"update\":{\"update\":[{\"val\":{\"boolVal\":\"yes\"}}]}}", "expected true or false");
        assertProblem("{\"update\":[]}", "expected a Notification object");
        assertProblem("42", "expected a SubscribeResponse object");
        assertProblem("{\"update\":{\"update\":[{\"val\":{\"intVal\":\"1\"}}], \"timestamp\":1, \"timestamp\":2}}",
                "malformed JSON: Duplicate field 'timestamp'");
    }

    @Test
    void deliversMessagesBeforeABadOneAndNothingOfIt() {
        List<Measurement> got = new ArrayList<>();
        String payload = "[{\"update\":{\"update\":[{\"path\":{\"elem\":[{\"name\":\"ok\"}]},\"val\":{\"intVal\":\"1\"}}]}},"
                + "{\"update\":{\"update\":[{\"path\":{\"elem\":[{\"name\":\"x\"}]},\"val\":{\"intVal\":\"2\"}},"
                + "{\"val\":{\"intVal\":\"bad\"}}]}}]";
        assertThatThrownBy(() -> new GnmiJsonDecoder("file").decode("f", new ByteArrayInputStream(
                payload.getBytes(StandardCharsets.UTF_8)), got::add)).isInstanceOf(FormatException.class);
        assertThat(got).extracting(Measurement::name).containsExactly("/ok");
    }

    private static void assertProblem(String message, String problem) {
        byte[] payload = ("[{\"syncResponse\":true},\n" + message + "]").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> decode(payload)).isInstanceOf(FormatException.class)
                .hasMessageStartingWith("test.json: ").hasMessageContaining(problem);
    }

    static List<Measurement> decode(byte[] payload) throws FormatException {
        List<Measurement> out = new ArrayList<>();
        new GnmiJsonDecoder("test").decode("test.json", new ByteArrayInputStream(payload), out::add);
        return out;
    }

    private static String render(MeasuredValue v) {
        if (v instanceof MeasuredValue.Numeric n) {
            return Double.toString(n.value());
        }
        return v instanceof MeasuredValue.Text t ? "\"" + t.value() + "\"" : Boolean.toString(((MeasuredValue.Flag) v).value());
    }

    /** A separate, minimal reading of the file: origin|target|path|ts|value per leaf, in file order. */
    private static List<String> independentlyRead(Path file) throws Exception {
        List<String> rows = new ArrayList<>();
        for (JsonNode response : JSON.readTree(file.toFile())) {
            JsonNode n = response.path("update");
            if (!n.isObject()) {
                continue;
            }
            long ts = Long.parseLong(n.path("timestamp").asText("0"));
            String prefix = pathOf(n.path("prefix"));
            String origin = n.path("prefix").path("origin").asText("");
            String target = n.path("prefix").path("target").asText("");
            for (JsonNode u : n.path("update")) {
                String o = origin.isEmpty() ? u.path("path").path("origin").asText("") : origin;
                String head = o + "|" + target + "|" + prefix + pathOf(u.path("path"));
                Map.Entry<String, JsonNode> val = u.path("val").fields().next();
                String kind = val.getKey();
                JsonNode v = val.getValue();
                if (kind.equals("stringVal")) {
                    rows.add(head + "|" + ts + "|\"" + v.asText() + "\"");
                } else if (kind.equals("intVal") || kind.equals("uintVal")) {
                    rows.add(head + "|" + ts + "|" + Double.parseDouble(v.asText()));
                } else if (kind.equals("decimalVal")) {
                    double d = v.path("digits").asLong() / Math.pow(10, v.path("precision").asInt());
                    rows.add(head + "|" + ts + "|" + d);
                } else if (kind.equals("json_ietf_val")) {
                    JsonNode doc = JSON.readTree(Base64.getDecoder().decode(v.asText()));
                    doc.fields().forEachRemaining(f -> rows.add(head + "/" + f.getKey() + "|" + ts + "|\""
                            + f.getValue().asText() + "\""));
                } else {
                    throw new AssertionError("the shared files hold no " + kind + "; extend the test");
                }
            }
        }
        return rows;
    }

    private static String pathOf(JsonNode path) {
        StringBuilder out = new StringBuilder();
        for (JsonNode elem : path.path("elem")) {
            out.append('/').append(elem.path("name").asText());
            Map<String, String> keys = new TreeMap<>();
            elem.path("key").fields().forEachRemaining(k -> keys.put(k.getKey(), k.getValue().asText()));
            keys.forEach((k, v) -> out.append('[').append(k).append('=').append(v).append(']'));
        }
        return out.toString();
    }
}
