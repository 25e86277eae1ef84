package org.nettwin.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void helpListsTheCommands() {
        CommandRun run = CommandRun.of("--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("topology").contains("bench");
    }

    @Test
    void unknownCommandIsAUsageErrorOnOneLine() {
        CommandRun run = CommandRun.of("frobnicate");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void helpOfACommandThatDoesNotExistFails() {
        CommandRun run = CommandRun.of("nosuch", "--help");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void simulateHasHelp() {
        CommandRun run = CommandRun.of("simulate", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--out").contains("--replications").contains("--seed").contains("--threads");
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        CommandRun run = CommandRun.of("topology");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("FILE");
    }
}
