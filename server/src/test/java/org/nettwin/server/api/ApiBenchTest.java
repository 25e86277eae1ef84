package org.nettwin.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.server.bench.ApiBench;
import picocli.CommandLine;

/**
 * {@code nettwin bench api} against a server it starts on the test backend. Short by default; for real figures run
 * with {@code -Dnettwin.apibench.clients=50 -Dnettwin.apibench.duration=30s}.
 */
class ApiBenchTest {

    @Test
    void printsRateAndLatencyPerRouteWithoutErrors() {
        StringWriter text = new StringWriter();
        CommandLine cli = new CommandLine(new ApiBench(dir -> new TestBackend(dir, false)));
        cli.setOut(new PrintWriter(text));
        int code = cli.execute("--clients", System.getProperty("nettwin.apibench.clients", "4"),
                "--duration", System.getProperty("nettwin.apibench.duration", "1s"), "--warmup", "500ms");
        System.out.print(text);
        assertThat(code).isZero();
        assertThat(text.toString()).contains("/api/topology", "/api/kpis", "/api/state", "p99 ms");
        String all = text.toString().lines().filter(l -> l.startsWith("all ")).findFirst().orElseThrow();
        assertThat(all.strip()).endsWith(" 0");
    }

    @Test
    void refusesNonsenseOptionsBeforeStartingAServer() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ApiBench());
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("--clients", "0", "--duration", "1s")).isNotZero();
        assertThat(err.toString()).contains("--clients");
    }

    @Test
    void loadsARunningServerAndCountsRefusedRequestsAsErrors(@TempDir Path dir) {
        try (ApiFixture api = new ApiFixture(dir)) {
            StringWriter text = new StringWriter();
            CommandLine cli = new CommandLine(new ApiBench());
            cli.setOut(new PrintWriter(text));
            int code = cli.execute("--url", api.server.uri().toString(), "--token", ApiFixture.UNKNOWN,
                    "--clients", "2", "--duration", "500ms", "--warmup", "0s", "--routes", "/api/whoami");
            assertThat(code).isZero();
            String line = text.toString().lines().filter(l -> l.startsWith("/api/whoami")).findFirst().orElseThrow();
            String[] columns = line.strip().split("\\s+");
            assertThat(columns[columns.length - 1]).isEqualTo(columns[1]);
        }
    }
}
