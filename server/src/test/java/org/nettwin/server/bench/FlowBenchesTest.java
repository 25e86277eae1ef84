package org.nettwin.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nettwin.server.cli.CommandRun;
import org.nettwin.testkit.data.SharedDatasets;

class FlowBenchesTest {

    @Test
    void estimateBenchTimesTheEstimatorOnAGivenTopology() {
        CommandRun run = CommandRun.of("bench", "estimate", SharedDatasets.data("topology-zoo/Abilene.graphml").toString(),
                "--flows", "50,100", "--warmup", "0", "--rounds", "1");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Abilene.graphml").contains("50 flows: median").contains("100 flows: median");
    }

    @Test
    void accuracyBenchSaysClearlyWhenThePacketSimulatorIsMissing() {
        CommandRun run = CommandRun.of("bench", "accuracy", "--reference", "nosuch");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("no 'nosuch' simulation backend is installed").contains("flow");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void accuracyBenchOfTheEstimatorAgainstItselfReportsNoError() {
        CommandRun run = CommandRun.of("bench", "accuracy", "--reference", "flow", "--scenarios", "1", "--flows", "10");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("light").contains("medium").contains("heavy");
        assertThat(run.out().lines().filter(l -> l.matches("^(light|medium|heavy) .*")))
                .hasSize(3).allMatch(l -> l.contains("0.00 %"));
    }

    @Test
    void badBenchOptionsExitTwo() {
        assertThat(CommandRun.of("bench", "accuracy", "--scenarios", "0").status()).isEqualTo(2);
        assertThat(CommandRun.of("bench", "estimate", "--rounds", "0").status()).isEqualTo(2);
    }
}
