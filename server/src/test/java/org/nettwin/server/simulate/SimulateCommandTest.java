package org.nettwin.server.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.server.cli.CommandRun;
import org.nettwin.testkit.data.SharedDatasets;

class SimulateCommandTest {

    private static final String S1 = SharedDatasets.spec("anchors/ns3/scenarios/s1-rho0.5.json").toString();

    @TempDir
    Path tmp;

    @Test
    void printsATableAndWritesTheResultJsonToOut() throws Exception {
        Path out = tmp.resolve("r.json");

        CommandRun run = CommandRun.of("simulate", S1, "--replications", "3", "--seed", "7", "--out", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("s1-rho0.5: packet engine, 3 replications").contains("mean ms").contains("p99 ms");
        JsonNode json = new ObjectMapper().readTree(Files.readString(out));
        assertThat(json.get("format").asText()).isEqualTo("nettwin-result/1");
        assertThat(json.get("engine").asText()).isEqualTo("packet");
        assertThat(json.get("replications").asInt()).isEqualTo(3);
        JsonNode flow = json.get("flows").get(0);
        assertThat(flow.get("id").asInt()).isZero();
        assertThat(flow.get("mean_delay_s").asDouble()).isBetween(0.0022, 0.0024);
        assertThat(flow.has("mean_delay_s_ci95")).isTrue();
        assertThat(json.get("links")).hasSize(2);
    }

    @Test
    void outDashPutsExactlyTheJsonOnStdoutAndTheTableOnStderr() throws Exception {
        CommandRun run = CommandRun.of("simulate", S1, "--out", "-", "--threads", "1");

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("replications").asInt()).isEqualTo(1);
        assertThat(run.err()).contains("mean ms");
    }

    @Test
    void theSameSeedGivesTheSameJsonWhateverTheThreads() throws Exception {
        String one = CommandRun.of("simulate", S1, "--out", "-", "--replications", "4", "--threads", "1").out();
        String two = CommandRun.of("simulate", S1, "--out", "-", "--replications", "4", "--threads", "2").out();
        assertThat(withoutWall(two)).isEqualTo(withoutWall(one));
    }

    private static String withoutWall(String json) {
        return json.replaceAll("\"wall_s\" : [0-9.eE+-]+", "");
    }

    @Test
    void refusesAMalformedScenarioInOneLineWithoutRunning() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"simulation\": {\"duration_s\": 1}, \"nodes\": [{\"id\": 0}], \"links\": [{\"a\": 0, "
                + "\"b\": 9, \"rate_bps\": 1e6, \"delay_s\": 0}], \"flows\": []}");
        Path out = tmp.resolve("never.json");

        CommandRun run = CommandRun.of("simulate", bad.toString(), "--out", out.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("bad.json").contains("unknown node 9");
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void refusesBadOptionValues() {
        assertThat(CommandRun.of("simulate", S1, "--replications", "0").status()).isEqualTo(2);
        assertThat(CommandRun.of("simulate", S1, "--threads", "0").status()).isEqualTo(2);
        assertThat(CommandRun.of("simulate", S1, "--out", tmp.resolve("no/such/dir/r.json").toString()).status())
                .isEqualTo(2);
        assertThat(CommandRun.of("simulate", tmp.resolve("missing.json").toString()).status()).isEqualTo(2);
    }

    @Test
    void benchSimRunsOneAnchorScenarioAndComparesWithNs3() {
        CommandRun run = CommandRun.of("bench", "sim", "--scenario", "s1-rho0.5", "--rounds", "1", "--shared",
                SharedDatasets.root().toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("s1-rho0.5").contains("speed-up");
    }
}
