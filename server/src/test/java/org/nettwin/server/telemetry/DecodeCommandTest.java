package org.nettwin.server.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nettwin.server.cli.CommandRun;
import org.nettwin.testkit.data.SharedDatasets;

class DecodeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<Path> captures() throws Exception {
        try (Stream<Path> cases = Files.list(SharedDatasets.data("gnmi-notifications"))) {
            return cases.map(c -> c.resolve("responses.json")).filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("captures")
    void printsOneLinePerGnmiLeafWithExactlyTheDocumentedFields(Path file) throws Exception {
        CommandRun run = CommandRun.of("telemetry", "decode", "--format", "gnmi-json", file.toString());
        assertThat(run.status()).as(run.err()).isZero();
        List<JsonNode> rows = rows(run.out());
        assertThat(rows).hasSize(typedLeaves(file)).allSatisfy(r -> {
            assertThat(fields(r)).containsExactly("path", "origin", "target", "ts_ns", "value");
            assertThat(r.get("path").asText()).startsWith("/");
            assertThat(r.get("ts_ns").isIntegralNumber()).isTrue();
            assertThat(r.get("value").isValueNode()).isTrue();
        });
    }

    @Test
    void printsPrometheusSamplesWithLabelsAndNullTimestamps() throws Exception {
        Path file = SharedDatasets.data("prometheus-exposition/node_exporter-e2e-output-linux.txt");
        CommandRun run = CommandRun.of("telemetry", "decode", "--format", "prometheus", file.toString());
        assertThat(run.status()).as(run.err()).isZero();
        long samples = Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        List<JsonNode> rows = rows(run.out());
        assertThat(rows).hasSize((int) samples).allSatisfy(r -> {
            assertThat(fields(r)).containsExactly("metric", "labels", "value", "ts_ms");
            assertThat(r.get("labels").isObject()).isTrue();
            assertThat(r.get("ts_ms").isNull()).isTrue();
        });
        assertThat(rows.get(0).toString())
                .isEqualTo("{\"metric\":\"node_arp_entries\",\"labels\":{\"device\":\"eth0\"},\"value\":3,\"ts_ms\":null}");
    }

    @Test
    void writesSpecialValuesAsStringsAndTimestampsAsIntegers() throws Exception {
        Path file = dir.resolve("s.txt");
        Files.writeString(file, "a NaN 5\nb{x=\"1\"} +Inf\nc -Inf\nd 0.25\n");
        CommandRun run = CommandRun.of("telemetry", "decode", "--format", "prometheus", file.toString());
        assertThat(run.out().lines()).containsExactly(
                "{\"metric\":\"a\",\"labels\":{},\"value\":\"NaN\",\"ts_ms\":5}",
                "{\"metric\":\"b\",\"labels\":{\"x\":\"1\"},\"value\":\"+Inf\",\"ts_ms\":null}",
                "{\"metric\":\"c\",\"labels\":{},\"value\":\"-Inf\",\"ts_ms\":null}",
                "{\"metric\":\"d\",\"labels\":{},\"value\":0.25,\"ts_ms\":null}");
    }

    @Test
    void malformedInputExitsTwoWithOneLineAndPrintsNothingOfTheBadPart() throws Exception {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "good 1\nbad{x=\"1\" 2\nlater 3\n");
        CommandRun run = CommandRun.of("telemetry", "decode", "--format", "prometheus", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("nettwin: " + file + ": line 2, column ").doesNotContain("\n");
        assertThat(run.out()).doesNotContain("bad").doesNotContain("later");

        Path json = dir.resolve("bad.json");
        Files.writeString(json, "[{\"update\":{\"update\":[{\"path\":{\"elem\":[{\"name\":\"a\"}]},\"val\":{\"intVal\":\"1\"}}]}},"
                + "\n{\"update\":{\"update\":[{\"path\":{\"elem\":[{\"name\":\"b\"}]},\"val\":{\"intVal\":\"1\"}},"
                + "{\"val\":{\"jsonIetfVal\":\"!!\"}}]}}]");
        CommandRun gnmi = CommandRun.of("telemetry", "decode", "--format", "gnmi-json", json.toString());
        assertThat(gnmi.status()).isEqualTo(2);
        assertThat(gnmi.err().strip()).isEqualTo("nettwin: " + json + ": message 2 (line 2, column 1): "
                + "update.update[1].val.jsonIetfVal: not valid base64 (Illegal base64 character 21)");
        assertThat(rows(gnmi.out())).extracting(r -> r.get("path").asText()).containsExactly("/a");
    }

    @Test
    void unknownFormatOrMissingFileExitsTwo() {
        CommandRun unknown = CommandRun.of("telemetry", "decode", "--format", "xml", "x");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("nettwin: unknown --format 'xml' (expected one of: gnmi-json, prometheus)");
        CommandRun missing = CommandRun.of("telemetry", "decode", "--format", "prometheus", dir.resolve("no").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
        assertThat(CommandRun.of("telemetry", "decode", "x").status()).isEqualTo(2);
    }

    private static List<JsonNode> rows(String out) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : out.lines().toList()) {
            rows.add(JSON.readTree(line));
        }
        return rows;
    }

    private static List<String> fields(JsonNode row) {
        List<String> names = new ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Leaves counted straight from the file: one per typed value, one per member of a base64 JSON-IETF object. */
    private static int typedLeaves(Path file) throws Exception {
        int count = 0;
        for (JsonNode response : JSON.readTree(file.toFile())) {
            for (JsonNode update : response.path("update").path("update")) {
                Iterator<String> kinds = update.path("val").fieldNames();
                String kind = kinds.hasNext() ? kinds.next() : "";
                count += kind.equals("json_ietf_val") ? JSON.readTree(java.util.Base64.getDecoder().decode(
                        update.path("val").path(kind).asText())).size() : 1;
            }
        }
        return count;
    }
}
