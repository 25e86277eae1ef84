package org.nettwin.server.emulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.server.cli.CommandRun;
import org.nettwin.server.collect.TargetDirectory;

/**
 * {@code nettwin emulate} on the 5G metro example, in this JVM: real endpoints with TLS, a scheduled link failure,
 * the ground truth written, and with {@code --collect} the telemetry collected over gNMI, Prometheus and MQTT into a
 * DuckDB store.
 */
class EmulateCommandIT {

    private static final Path METRO = Path.of(System.getProperty("nettwin.root", "..")).resolve("examples/metro-5g.json");

    @Test
    void emulatesCollectsInjectsAFaultAndWritesTheTruth(@TempDir Path dir) throws Exception {
        Path targets = dir.resolve("targets.json");
        Path truth = dir.resolve("truth.jsonl");
        String link = firstLinkId();

        CommandRun run = CommandRun.of("emulate", "--topology", METRO.toString(), "--duration", "12s",
                "--status-every", "4s", "--collect", "--data-dir", dir.resolve("data").toString(),
                "--directory", targets.toString(), "--truth", truth.toString(),
                "--fault", "3s={\"type\":\"link-down\",\"link\":\"" + link + "\"}");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("nettwin emulate: metro-5g-lyon").contains("gnmi=").contains("prometheus=")
                .contains("mqtt=").contains("fault: ").contains("collected ");
        assertThat(run.out() + run.err()).doesNotContain(TargetDirectory.readFrom(targets).endpoints().get(0)
                .credentials().secret());
        TargetDirectory directory = TargetDirectory.readFrom(targets);
        assertThat(directory.ofKind("gnmi")).isNotEmpty();
        assertThat(directory.ofKind("prometheus")).isNotEmpty();
        assertThat(directory.ofKind("mqtt")).isNotEmpty();
        assertThat(Files.getPosixFilePermissions(targets)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
        List<String> lines = Files.readAllLines(truth);
        assertThat(lines.size()).isBetween(8, 14);
        assertThat(String.join("\n", lines)).contains(link);
        String last = run.out().lines().filter(l -> l.contains("stored ")).reduce((a, b) -> b).orElseThrow();
        assertThat(last).doesNotContain("stored 0,").doesNotContain("stored 0 ");
    }

    @Test
    void refusesABadFaultWithOneLine() {
        CommandRun run = CommandRun.of("emulate", "--topology", METRO.toString(), "--duration", "1s",
                "--fault", "2s={\"type\":\"link-down\"}");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("nettwin: --fault 2s:").doesNotContain("\n");

        CommandRun flaws = CommandRun.of("emulate", "--topology", METRO.toString(), "--flaws", "some");
        assertThat(flaws.status()).isEqualTo(2);
        assertThat(flaws.err().strip()).isEqualTo("nettwin: --flaws must be none or realistic, got 'some'");
    }

    private static String firstLinkId() throws Exception {
        String text = Files.readString(METRO);
        int links = text.indexOf("\"links\"");
        int id = text.indexOf("\"id\"", links);
        int start = text.indexOf('"', text.indexOf(':', id)) + 1;
        return text.substring(start, text.indexOf('"', start));
    }
}
