package org.nettwin.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.server.cli.CommandRun;
import org.nettwin.store.StoreSettings;
import org.nettwin.testkit.data.SharedDatasets;

class StoreCommandTest {

    @TempDir
    Path dir;

    @Test
    void replaysTheNetworkInForceAtAnyMomentAndAsItWasKnown() {
        String data = dir.toString();
        Path abilene = SharedDatasets.data("topology-zoo/Abilene.graphml");
        Path sprint = SharedDatasets.data("topology-zoo/Sprint.graphml");
        assertThat(CommandRun.of("store", "record", abilene.toString(), "--data-dir", data, "--valid-from",
                "2026-11-24T10:00:00Z").status()).isZero();
        assertThat(CommandRun.of("store", "record", sprint.toString(), "--data-dir", data, "--valid-from",
                "2026-11-24T12:00:00Z").status()).isZero();
        CommandRun at11 = CommandRun.of("store", "as-of", "2026-11-24T11:00:00Z", "--data-dir", data);
        assertThat(at11.status()).as(at11.err()).isZero();
        assertThat(at11.out()).contains("Abilene").contains("nodes:          11");
        CommandRun at13 = CommandRun.of("store", "as-of", "2026-11-24T13:00:00Z", "--data-dir", data);
        assertThat(at13.out()).contains("Sprint").contains("links:          18");
        CommandRun list = CommandRun.of("store", "versions", "--data-dir", data);
        assertThat(list.out()).contains("2 network versions in duckdb");
    }

    @Test
    void refusesAMomentThatIsNotAnInstantOnOneLine() {
        CommandRun run = CommandRun.of("store", "as-of", "yesterday", "--data-dir", dir.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("ISO-8601");
    }

    @Test
    void readsTheBackendFromTheEnvironmentAndOptionsWin() {
        StoreSettings env = StoreConfig.from(Map.of("NETTWIN_STORE", "postgres", "NETTWIN_STORE_JDBC_URL",
                "jdbc:postgresql://127.0.0.1:5432/twin", "NETTWIN_STORE_PASSWORD", "pw"), Optional.empty(),
                Optional.empty(), Optional.empty());
        assertThat(env.backend()).isEqualTo("postgres");
        assertThat(env.password()).contains("pw");
        StoreSettings option = StoreConfig.from(Map.of("NETTWIN_STORE", "postgres"), Optional.of("duckdb"),
                Optional.of(dir), Optional.empty());
        assertThat(option.backend()).isEqualTo("duckdb");
        assertThat(option.dataDirectory()).isEqualTo(dir);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoreConfig.from(Map.of("NETTWIN_STORE", "postgres"),
                Optional.empty(), Optional.empty(), Optional.empty())).isInstanceOf(BadInputException.class)
                .hasMessageContaining("NETTWIN_STORE_JDBC_URL");
    }
}
