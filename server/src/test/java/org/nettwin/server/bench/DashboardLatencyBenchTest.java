package org.nettwin.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DashboardLatencyBenchTest {

    @Test
    void refusesNonsenseOptionsBeforeStartingTheDemo() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new DashboardLatencyBench());
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute("--rounds", "0")).isNotZero();
        assertThat(cli.execute("--every", "500ms")).isNotZero();
        assertThat(err.toString()).contains("--rounds in 1..1000");
    }

    @Test
    void takesNearestRankPercentiles() {
        List<Double> sorted = List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);

        assertThat(DashboardLatencyBench.rank(sorted, 0.5)).isEqualTo(5.0);
        assertThat(DashboardLatencyBench.rank(sorted, 0.9)).isEqualTo(9.0);
        assertThat(DashboardLatencyBench.rank(sorted, 1.0)).isEqualTo(10.0);
        assertThat(DashboardLatencyBench.rank(List.of(3.0), 0.9)).isEqualTo(3.0);
    }
}
