package org.nettwin.sim.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;
import org.nettwin.sim.packet.PacketSimulator;
import org.nettwin.sim.spi.ProgressListener;
import org.nettwin.sim.spi.RunSettings;

/**
 * The estimator's documented accuracy, held: per-flow mean delay against the packet simulator (itself checked against
 * queueing theory and ns-3) on generated light / medium / heavy scenarios. Bounds are the figures measured with
 * {@code nettwin bench accuracy --scenarios 10 --replications 10 --duration 60} plus a margin for the smaller sample.
 */
class EstimatorAgainstPacketSimulatorTest {

    @Test
    void staysWithinItsDocumentedErrorAtEveryLoadLevel() {
        List<Topology> networks = List.of(
                ScenarioGenerator.ring(8, DataRate.ofMbps(10), Duration.ofMillis(1), 1000),
                ScenarioGenerator.grid(3, 4, DataRate.ofMbps(10), Duration.ofMillis(2), 1000));
        ScenarioGenerator generator = new ScenarioGenerator(ScenarioGenerator.Profile.DEFAULTS
                .withDuration(Duration.ofSeconds(30), Duration.ofSeconds(1)));
        RunSettings reference = new RunSettings(4, 1, Runtime.getRuntime().availableProcessors(),
                ProgressListener.SILENT);
        AccuracyReport report = new EstimatorAccuracy(new PacketSimulator(), new FlowEstimator(), reference)
                .measure(networks, generator, 2, 11, ProgressListener.SILENT);
        for (AccuracyReport.Level level : report.levels()) {
            assertThat(level.flows()).as(level.level().name()).isPositive();
            assertThat(level.meanAbsError()).as(level.level() + " mean |error|").isLessThan(0.035);
            assertThat(level.maxAbsError()).as(level.level() + " max |error|").isLessThan(0.15);
            assertThat(Math.abs(level.meanError())).as(level.level() + " bias").isLessThan(0.025);
        }
    }
}
