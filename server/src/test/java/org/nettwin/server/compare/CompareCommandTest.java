package org.nettwin.server.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nettwin.server.cli.CommandRun;
import org.nettwin.testkit.data.SharedDatasets;

class CompareCommandTest {

    @TempDir
    Path tmp;

    private Path baseline;
    private Path whatIf;

    /** Estimates s2-diamond as is and with link 0 (A-B) down from 20 s to 40 s. */
    @BeforeEach
    void estimateBaselineAndWhatIf() throws IOException {
        Path scenario = SharedDatasets.spec("anchors/ns3/scenarios/s2-diamond.json");
        JsonNode tree = new ObjectMapper().readTree(scenario.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).set("events", new ObjectMapper().readTree(
                "[{\"at_s\": 20, \"type\": \"link_down\", \"link\": 0}, {\"at_s\": 40, \"type\": \"link_up\", \"link\": 0}]"));
        Path changed = tmp.resolve("s2-whatif.json");
        Files.writeString(changed, tree.toString());
        baseline = tmp.resolve("base.json");
        whatIf = tmp.resolve("whatif.json");
        assertThat(CommandRun.of("estimate", scenario.toString(), "--out", baseline.toString()).status()).isZero();
        assertThat(CommandRun.of("estimate", changed.toString(), "--out", whatIf.toString()).status()).isZero();
    }

    @Test
    void headlineNamesTheWorstFlowAndTheNewDrops() {
        CommandRun run = CommandRun.of("compare", baseline.toString(), whatIf.toString());
        assertThat(run.status()).as(run.err()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines[1]).contains("flows slower by > 10 %, worst flow 2:").contains("% delay");
        assertThat(run.out()).contains("link 1 (0->2) drops").contains("with more loss");
        assertThat(run.out().indexOf("\n2 ")).isLessThan(run.out().indexOf("\n1 "));
    }

    @Test
    void aResultComparedWithItselfHasNoSignificantChange() {
        CommandRun run = CommandRun.of("compare", baseline.toString(), baseline.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("no significant change");
    }

    @Test
    void aLowerThresholdReportsLinksCrossingIt() {
        CommandRun run = CommandRun.of("compare", baseline.toString(), whatIf.toString(), "--threshold", "0.03");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("crosses 3 %");
    }

    @Test
    void jsonIsOneObjectWithTheHeadlineAndFlowsWorstFirst() throws Exception {
        CommandRun run = CommandRun.of("compare", baseline.toString(), whatIf.toString(), "--json");
        assertThat(run.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("format").asText()).isEqualTo("nettwin-comparison/1");
        assertThat(json.get("headline").size()).isPositive();
        assertThat(json.get("flows").get(0).get("id").asText()).isEqualTo("2");
        assertThat(json.get("flows").get(0).get("severity").asDouble())
                .isGreaterThanOrEqualTo(json.get("flows").get(3).get("severity").asDouble());
        assertThat(json.get("new_drops").size()).isPositive();
    }

    @Test
    void resultsOfEitherEngineWithMissingFiguresAreCompared() throws IOException {
        Path sparse = tmp.resolve("sparse.json");
        Files.writeString(sparse, "{\"format\": \"nettwin-result/1\", \"scenario\": \"s2-diamond\", \"engine\": \"packet\","
                + " \"flows\": [{\"id\": 0, \"mean_delay_s\": 0.2}, {\"id\": 9, \"tx_packets\": 5}], \"links\": []}");
        CommandRun run = CommandRun.of("compare", baseline.toString(), sparse.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("worst flow 0").contains("only in the what-if: 9")
                .contains("only in the baseline (gone): 1, 2, 3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "{\"format\": \"other/1\"}",
        "{\"format\": \"nettwin-result/1\", \"flows\": [{\"mean_delay_s\": 1}]}",
        "{\"format\": \"nettwin-result/1\", \"flows\": [{\"id\": 0, \"mean_delay_s\": \"slow\"}]}"})
    void malformedResultFileExitsTwoWithOneLine(String content) throws IOException {
        Path bad = tmp.resolve("bad-result.json");
        Files.writeString(bad, content, StandardCharsets.UTF_8);
        for (String[] args : new String[][] {{bad.toString(), whatIf.toString()}, {baseline.toString(), bad.toString()}}) {
            CommandRun run = CommandRun.of("compare", args[0], args[1]);
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err().strip().lines()).hasSize(1);
            assertThat(run.err()).contains("bad-result.json").doesNotContain("Exception");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void aThresholdThatIsNotAUtilisationIsRefused() {
        CommandRun run = CommandRun.of("compare", baseline.toString(), whatIf.toString(), "--threshold", "-1");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
    }
}
