package org.nettwin.sim.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;
import org.nettwin.sim.result.Estimate;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.FlowResult;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.sim.spi.ProgressListener;
import org.nettwin.sim.spi.RunSettings;
import org.nettwin.sim.spi.SimulationBackend;

class EstimatorAccuracyTest {

    private static final List<Topology> NETWORKS = List.of(
            ScenarioGenerator.ring(6, DataRate.ofMbps(10), Duration.ofMillis(1), 100),
            ScenarioGenerator.grid(3, 3, DataRate.ofMbps(10), Duration.ofMillis(1), 100));
    private static final ScenarioGenerator GENERATOR = new ScenarioGenerator(ScenarioGenerator.Profile.DEFAULTS);

    /** A candidate that is the estimator with every delay multiplied by a factor. */
    private static final class Biased implements SimulationBackend {
        private final double factor;

        Biased(double factor) {
            this.factor = factor;
        }

        @Override
        public String engine() {
            return "biased";
        }

        @Override
        public SimulationResult run(Scenario scenario, RunSettings settings) {
            SimulationResult r = new FlowEstimator().run(scenario, settings);
            List<FlowResult> flows = new ArrayList<>();
            for (FlowResult f : r.flows()) {
                Map<FlowMetric, Estimate> v = new EnumMap<>(f.values());
                v.put(FlowMetric.MEAN_DELAY_S, Estimate.of(factor * f.mean(FlowMetric.MEAN_DELAY_S)));
                flows.add(new FlowResult(f.id(), v));
            }
            return new SimulationResult(r.scenario(), engine(), 1, 0, 0, flows, r.links());
        }
    }

    private static RunSettings settings() {
        return new RunSettings(1, 1, 1, ProgressListener.SILENT);
    }

    @Test
    void twoEstimatorsAgreeExactlyAtEveryLoadLevel() {
        AccuracyReport report = new EstimatorAccuracy(new FlowEstimator(), new FlowEstimator(), settings())
                .measure(NETWORKS, GENERATOR, 3, 100, ProgressListener.SILENT);
        assertThat(report.reference()).isEqualTo("flow");
        assertThat(report.levels()).extracting(AccuracyReport.Level::level).containsExactly(LoadLevel.values());
        assertThat(report.levels()).allSatisfy(l -> {
            assertThat(l.scenarios()).isEqualTo(3);
            assertThat(l.flows()).isEqualTo(90);
            assertThat(l.meanAbsError()).isZero();
            assertThat(l.p90AbsError()).isZero();
            assertThat(l.maxAbsError()).isZero();
            assertThat(l.meanAbsLossPp()).isZero();
        });
    }

    @Test
    void aCandidateTenPercentSlowReportsTenPercentEverywhere() {
        AccuracyReport report = new EstimatorAccuracy(new FlowEstimator(), new Biased(1.1), settings())
                .measure(NETWORKS, GENERATOR, 2, 5, ProgressListener.SILENT);
        assertThat(report.levels()).allSatisfy(l -> {
            assertThat(l.meanAbsError()).isCloseTo(0.1, within(1e-9));
            assertThat(l.p90AbsError()).isCloseTo(0.1, within(1e-9));
            assertThat(l.maxAbsError()).isCloseTo(0.1, within(1e-9));
            assertThat(l.meanError()).isCloseTo(0.1, within(1e-9));
        });
    }

    @Test
    void reportsProgressAfterEveryScenario() {
        List<Double> seen = new ArrayList<>();
        new EstimatorAccuracy(new FlowEstimator(), new FlowEstimator(), settings())
                .measure(NETWORKS, GENERATOR, 2, 1, (fraction, status) -> seen.add(fraction));
        assertThat(seen).hasSize(6).last().isEqualTo(1.0);
    }
}
