package org.nettwin.server.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.emulator.network.EmulatorSettings;
import org.nettwin.model.format.NetworkReaders;
import org.nettwin.server.cli.CommandRun;
import org.nettwin.server.emulate.EmulatorRig;

/**
 * {@code nettwin collect} against an emulated metro in the same JVM: it collects the target directory's endpoints
 * over TLS into a DuckDB store, and when the directory file changes it drops the targets that disappeared without a
 * restart.
 */
class CollectCommandIT {

    private static final Path METRO = Path.of(System.getProperty("nettwin.root", "..")).resolve("examples/metro-5g.json");

    @Test
    void collectsTheDirectoryAndFollowsItsChanges(@TempDir Path dir) throws Exception {
        try (EmulatorRig rig = EmulatorRig.start(NetworkReaders.installed().read(METRO).network().topology(),
                EmulatorSettings.DEFAULTS, Clock.systemUTC())) {
            Path file = dir.resolve("targets.json");
            TargetDirectory full = rig.directory();
            full.writeTo(file);
            List<DeviceEndpoint> fewer = new ArrayList<>(full.endpoints());
            DeviceEndpoint gone = full.ofKind("gnmi").get(0);
            fewer.remove(gone);
            fewer.remove(full.ofKind("mqtt").get(0));
            TargetDirectory reduced = new TargetDirectory(full.caPem(), full.brokerUri(), full.brokerCredentials(),
                    fewer);

            CompletableFuture<CommandRun> run = CompletableFuture.supplyAsync(() -> CommandRun.of("collect",
                    "--directory", file.toString(), "--data-dir", dir.resolve("data").toString(), "--duration", "14s",
                    "--status-every", "4s"));
            Thread.sleep(6_000);
            reduced.writeTo(file);
            CommandRun done = run.get();

            assertThat(done.status()).as(done.err()).isZero();
            assertThat(done.out()).contains("targets reloaded from").contains("0 added or changed, 2 removed");
            String last = done.out().lines().filter(l -> l.startsWith("collected ")).reduce((a, b) -> b).orElseThrow();
            assertThat(last).contains("gnmi=" + (full.ofKind("gnmi").size() - 1))
                    .contains("mqtt=" + (full.ofKind("mqtt").size() - 1)).doesNotContain("stored 0,")
                    // the dropped cell keeps publishing: its messages are now refused as from an unknown source
                    .containsPattern("refused \\{mqtt:unknown-source=\\d+\\}");
            assertThat(done.out() + done.err()).doesNotContain(gone.credentials().secret());
        }
    }
}
