package org.nettwin.server.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./nettwin demo} as a newcomer runs it, from a directory that is not the checkout: it prints the dashboard
 * address with a sign-in token, the dashboard and the API answer there, and a termination signal (what Ctrl-C
 * sends the JVM through the same shutdown path) stops it cleanly with a last line saying where the data is.
 */
class DemoLauncherIT {

    private static final Pattern DASHBOARD = Pattern.compile("dashboard: +(http://127\\.0\\.0\\.1:\\d+/)#token=(\\S+)");

    @TempDir
    Path elsewhere;

    @Test
    void startsPrintsHowToSignInAndStopsCleanly() throws Exception {
        Path script = Path.of(System.getProperty("nettwin.root", "..")).toAbsolutePath().normalize().resolve("nettwin");
        Path out = elsewhere.resolve("out.txt");
        ProcessBuilder builder = new ProcessBuilder(List.of(script.toString(), "demo", "--port", "0", "--no-story",
                "--data-dir", elsewhere.resolve("data").toString())).directory(elsewhere.toFile())
                .redirectOutput(out.toFile()).redirectError(elsewhere.resolve("err.txt").toFile());
        builder.environment().put("NETTWIN_NO_BUILD", "1");
        Process p = builder.start();
        try {
            Matcher m = awaitBanner(out, p);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(m.group(1)))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            HttpResponse<String> whoami = http.send(HttpRequest.newBuilder(URI.create(m.group(1) + "api/whoami"))
                    .header("Authorization", "Bearer " + m.group(2)).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(whoami.body()).contains("operator");
            p.destroy();
            assertThat(p.waitFor(40, TimeUnit.SECONDS)).as("the demo stops within 40 s").isTrue();
            assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("nettwin demo: stopped; the data stays in");
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void refusesATakenPortInOneLine() throws Exception {
        Path script = Path.of(System.getProperty("nettwin.root", "..")).toAbsolutePath().normalize().resolve("nettwin");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            ProcessBuilder builder = new ProcessBuilder(List.of(script.toString(), "demo", "--port",
                    String.valueOf(taken.getLocalPort()), "--data-dir", elsewhere.resolve("data").toString()))
                    .directory(elsewhere.toFile()).redirectOutput(elsewhere.resolve("out.txt").toFile())
                    .redirectError(elsewhere.resolve("err.txt").toFile());
            builder.environment().put("NETTWIN_NO_BUILD", "1");
            Process p = builder.start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = Files.readString(elsewhere.resolve("err.txt"), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(err).isEqualTo(2);
            assertThat(err.strip().lines()).hasSize(1);
            assertThat(err).contains("port " + taken.getLocalPort()).contains("--port 0");
            assertThat(Files.readString(elsewhere.resolve("out.txt"), StandardCharsets.UTF_8)).isEmpty();
        }
    }

    private static Matcher awaitBanner(Path out, Process p) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < end) {
            String text = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
            Matcher m = DASHBOARD.matcher(text);
            if (m.find()) {
                return m;
            }
            assertThat(p.isAlive()).as("the demo is still running; it printed: " + text).isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("no dashboard line within 90 s");
    }
}
