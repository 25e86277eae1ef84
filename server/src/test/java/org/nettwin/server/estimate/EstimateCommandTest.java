package org.nettwin.server.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nettwin.model.format.InputFile;
import org.nettwin.server.cli.CommandRun;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.ResultJson;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.testkit.data.SharedDatasets;

class EstimateCommandTest {

    @TempDir
    Path tmp;

    private static String anchor(String name) {
        return SharedDatasets.spec("anchors/ns3/scenarios/" + name + ".json").toString();
    }

    @Test
    void printsAPerFlowTableAndWritesTheResultFile() throws Exception {
        Path out = tmp.resolve("s2.json");
        CommandRun run = CommandRun.of("estimate", anchor("s2-diamond"), "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("s2-diamond").contains("delay ms").contains("0->3").contains("1->2");
        assertThat(run.out().lines().filter(l -> l.matches("^[0-3]\\s+.*"))).hasSize(4);
        SimulationResult result = ResultJson.read(InputFile.read(out));
        assertThat(result.engine()).isEqualTo("flow");
        assertThat(result.scenario()).isEqualTo("s2-diamond");
        assertThat(result.flows()).hasSize(4);
        assertThat(result.flow("1").orElseThrow().mean(FlowMetric.MEAN_DELAY_S)).isBetween(0.04, 0.07);
        assertThat(result.links()).isNotEmpty();
    }

    @Test
    void outDashWritesJsonToStdoutAndTheTableToStderr() throws Exception {
        CommandRun run = CommandRun.of("estimate", anchor("s1-rho0.9"), "--out", "-");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("format").asText()).isEqualTo("nettwin-result/1");
        assertThat(json.get("engine").asText()).isEqualTo("flow");
        assertThat(json.get("flows").get(0).get("mean_delay_s").asDouble()).isBetween(0.0055, 0.0056);
        assertThat(json.get("flows").get(0).has("mean_jitter_s")).isFalse();
        assertThat(run.err()).contains("delay ms");
    }

    @Test
    void withoutOutItOnlyPrintsTheTable() {
        CommandRun run = CommandRun.of("estimate", anchor("s3-abilene"));
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("nettwin-result/1").contains("most utilised link directions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "{\"links\": [], \"flows\": []}",
        "{\"simulation\": {\"duration_s\": -1}, \"nodes\": [], \"links\": [], \"flows\": []}",
        "{\"simulation\": {\"duration_s\": 10}, \"nodes\": [{\"id\": 0}, {\"id\": 1}], \"links\": [], "
            + "\"flows\": [{\"id\": 0, \"src\": 0, \"dst\": 1, \"start_s\": 0, \"stop_s\": 1, \"arrival\": \"cbr\", "
            + "\"size_distribution\": \"fixed\", \"packet_size_bytes\": 100, \"rate_bps\": 1000}]}"})
    void malformedScenarioExitsTwoWithOneLine(String content) throws IOException {
        Path file = tmp.resolve("bad.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        CommandRun run = CommandRun.of("estimate", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("bad.json").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingFileExitsTwo() {
        CommandRun run = CommandRun.of("estimate", tmp.resolve("nope.json").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no such file");
    }

    @Test
    void unwritableOutExitsTwoWithOneLine() throws IOException {
        Path scenario = tmp.resolve("tiny.json");
        Files.writeString(scenario, "{\"simulation\": {\"duration_s\": 10}, \"nodes\": [{\"id\": 0}, {\"id\": 1}], "
                + "\"links\": [{\"id\": 0, \"a\": 0, \"b\": 1, \"rate_bps\": 1e6, \"delay_s\": 0.001}], "
                + "\"flows\": [{\"id\": 0, \"src\": 0, \"dst\": 1, \"start_s\": 0, \"stop_s\": 10, "
                + "\"arrival\": \"poisson\", \"size_distribution\": \"fixed\", \"packet_size_bytes\": 100, "
                + "\"rate_bps\": 1000}]}");
        assertThat(CommandRun.of("estimate", scenario.toString()).status()).isZero();
        CommandRun run = CommandRun.of("estimate", scenario.toString(), "--out", tmp.resolve("no/dir/out.json").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("cannot write").contains("folder does not exist");
        assertThat(run.out()).isEmpty();
    }
}
