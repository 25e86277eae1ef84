package org.nettwin.server.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.testkit.data.SharedDatasets;

/** Runs the real {@code ./nettwin} script, as a user would, from a directory that is not the checkout. */
class LauncherIT {

    @TempDir
    Path elsewhere;

    private static Path script() {
        return Path.of(System.getProperty("nettwin.root", "..")).toAbsolutePath().normalize().resolve("nettwin");
    }

    private record Result(int status, String out, String err) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(script().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile());
        // The jar was just packaged by this build; never let the script start a nested Maven build.
        builder.environment().put("NETTWIN_NO_BUILD", "1");
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("nettwin finished in time").isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommandsFromAnyDirectory() throws Exception {
        Result r = run("--help");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("topology");
    }

    @Test
    void topologyJsonIsExactlyOneObject() throws Exception {
        Result r = run("topology", SharedDatasets.data("topology-zoo/Abilene.graphml").toString(), "--json");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out().strip().lines()).hasSize(1);
        assertThat(r.out()).startsWith("{").contains("\"nodes\":11").contains("\"links\":14");
    }

    @Test
    void badFileExitsTwoWithOneLine() throws Exception {
        Path bad = elsewhere.resolve("bad.graphml");
        Files.writeString(bad, "<graphml><graph><node id=\"a\"/>");
        Result r = run("topology", bad.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.out()).isEmpty();
    }
}
