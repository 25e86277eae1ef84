package org.nettwin.server.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.server.cli.CommandRun;
import org.nettwin.telemetry.security.CertificateAuthority;
import org.nettwin.telemetry.security.Credentials;

class TargetDirectoryTest {

    private static final String SECRET = "s3cr3t-token";

    @Test
    void roundTripsWithoutPrintingSecrets(@TempDir Path dir) throws Exception {
        TargetDirectory directory = new TargetDirectory(CertificateAuthority.create("ca").certificatePem(),
                Optional.of("ssl://127.0.0.1:8883"), Optional.of(new Credentials("collector", SECRET)),
                List.of(new DeviceEndpoint("r1", "gnmi", "127.0.0.1:9339", new Credentials("collector", SECRET))));
        Path file = dir.resolve("targets.json");

        directory.writeTo(file);

        assertThat(TargetDirectory.readFrom(file)).isEqualTo(directory);
        assertThat(directory.toString()).doesNotContain(SECRET);
    }

    @Test
    void refusesBadFilesWithOneLineNamingFileAndField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("targets.json");
        Files.writeString(file, "{\"format\": \"nettwin-targets/1\", \"ca\": \"x\", \"endpoints\": [");
        assertThatThrownBy(() -> TargetDirectory.readFrom(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ": not a readable JSON target directory");

        Files.writeString(file, "{\"format\": \"other/1\"}");
        assertThatThrownBy(() -> TargetDirectory.readFrom(file)).hasMessageContaining("\"format\"");

        Files.writeString(file, "{\"format\": \"nettwin-targets/1\", \"ca\": \"x\", \"endpoints\": {}}");
        assertThatThrownBy(() -> TargetDirectory.readFrom(file)).hasMessage(file + ": \"endpoints\" must be an array");

        Files.writeString(file, "{\"format\": \"nettwin-targets/1\", \"ca\": \"x\", \"endpoints\": [{\"device\": \"r1\","
                + " \"kind\": \"gnmi\", \"address\": \"127.0.0.1:1\", \"username\": \"u\", \"secret\": 5}]}");
        assertThatThrownBy(() -> TargetDirectory.readFrom(file))
                .hasMessage(file + ": endpoints[0]: \"secret\" must be a non-empty string");
    }

    @Test
    void collectExitsTwoOnABadDirectory(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("targets.json");
        Files.writeString(file, "not json");

        CommandRun run = CommandRun.of("collect", "--directory", file.toString(), "--data-dir", dir.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("nettwin: " + file).doesNotContain("\n");
    }
}
