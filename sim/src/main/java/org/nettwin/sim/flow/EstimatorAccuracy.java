package org.nettwin.sim.flow;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.topology.Topology;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.FlowResult;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.sim.spi.ProgressListener;
import org.nettwin.sim.spi.RunSettings;
import org.nettwin.sim.spi.SimulationBackend;

/**
 * Measures a candidate engine (typically the flow estimator) against a reference engine (typically the packet
 * simulator) on generated scenarios: for every load level, {@code scenariosPerLevel} scenarios from
 * {@link ScenarioGenerator}, the topologies taken in turn, both engines run on each, and the per-flow mean-delay
 * errors summarised in an {@link AccuracyReport}. Scenario {@code s} of a level uses seed {@code seed + s}, so a
 * report is reproducible.
 */
public final class EstimatorAccuracy {

    private final SimulationBackend reference;
    private final SimulationBackend candidate;
    private final RunSettings referenceSettings;

    /**
     * @param referenceSettings how to run the reference (replications, seed, threads); the candidate runs with the
     *                          same settings
     */
    public EstimatorAccuracy(SimulationBackend reference, SimulationBackend candidate, RunSettings referenceSettings) {
        this.reference = requireNonNull(reference, "reference");
        this.candidate = requireNonNull(candidate, "candidate");
        this.referenceSettings = requireNonNull(referenceSettings, "referenceSettings");
    }

    /**
     * Runs both engines on generated scenarios and reports the errors per load level.
     *
     * @param progress told after every scenario
     */
    public AccuracyReport measure(List<Topology> topologies, ScenarioGenerator generator, int scenariosPerLevel,
                                  long seed, ProgressListener progress) {
        if (topologies.isEmpty() || scenariosPerLevel < 1) {
            throw new IllegalArgumentException("need >= 1 topology and >= 1 scenario per level");
        }
        List<AccuracyReport.Level> levels = new ArrayList<>();
        int total = LoadLevel.values().length * scenariosPerLevel;
        int done = 0;
        for (LoadLevel level : LoadLevel.values()) {
            List<FlowError> errors = new ArrayList<>();
            for (int s = 0; s < scenariosPerLevel; s++) {
                Scenario scenario = generator.generate(topologies.get(s % topologies.size()), level, seed + s);
                errors.addAll(compare(scenario));
                done++;
                progress.progress((double) done / total, level + " " + (s + 1) + "/" + scenariosPerLevel + ": "
                        + scenario.name());
            }
            levels.add(summarise(level, scenariosPerLevel, errors));
        }
        return new AccuracyReport(reference.engine(), candidate.engine(), levels);
    }

    /** The per-flow errors of the candidate on one scenario (flows the reference gave no delay for are skipped). */
    public List<FlowError> compare(Scenario scenario) {
        RunSettings settings = referenceSettings.withSeed(scenario.simulation().seed());
        SimulationResult want = reference.run(scenario, settings);
        SimulationResult got = candidate.run(scenario, settings);
        List<FlowError> out = new ArrayList<>();
        for (FlowResult r : want.flows()) {
            Optional<FlowResult> c = got.flow(r.id());
            double refDelay = r.mean(FlowMetric.MEAN_DELAY_S);
            if (c.isEmpty() || !(refDelay > 0) || Double.isNaN(c.get().mean(FlowMetric.MEAN_DELAY_S))) {
                continue;
            }
            double delayError = (c.get().mean(FlowMetric.MEAN_DELAY_S) - refDelay) / refDelay;
            double lossPp = 100 * (lossRatio(c.get()) - lossRatio(r));
            out.add(new FlowError(scenario.name(), r.id(), delayError, Double.isNaN(lossPp) ? 0 : lossPp));
        }
        return out;
    }

    private static double lossRatio(FlowResult f) {
        double tx = f.mean(FlowMetric.TX_PACKETS);
        return tx > 0 ? f.mean(FlowMetric.LOST_PACKETS) / tx : 0;
    }

    private static AccuracyReport.Level summarise(LoadLevel level, int scenarios, List<FlowError> errors) {
        int n = errors.size();
        if (n == 0) {
            return new AccuracyReport.Level(level, scenarios, 0, 0, 0, 0, 0, 0);
        }
        double[] abs = new double[n];
        double sum = 0;
        double signed = 0;
        double loss = 0;
        for (int k = 0; k < n; k++) {
            FlowError e = errors.get(k);
            abs[k] = Math.abs(e.delayError());
            sum += abs[k];
            signed += e.delayError();
            loss += Math.abs(e.lossErrorPp());
        }
        Arrays.sort(abs);
        double p90 = abs[Math.min(n - 1, (int) Math.ceil(0.9 * n) - 1)];
        return new AccuracyReport.Level(level, scenarios, n, sum / n, p90, abs[n - 1], signed / n, loss / n);
    }

    /**
     * One flow's error: relative error of the mean delay (candidate - reference) / reference, and the difference of
     * the loss ratios in percentage points.
     */
    public record FlowError(String scenario, String flow, double delayError, double lossErrorPp) {

        public FlowError {
            requireNonNull(scenario, "scenario");
            requireNonNull(flow, "flow");
        }
    }
}
