package org.nettwin.sim.flow;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nettwin.model.scenario.FailedElements;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.scenario.ScenarioEvent;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.sim.spi.RunSettings;
import org.nettwin.sim.spi.SimulationBackend;

/**
 * The flow-level (analytic) estimator, engine {@code flow}: answers a scenario from queueing formulas in
 * milliseconds instead of simulating packets. The run is cut into periods in which nothing changes (events, flow
 * starts and stops); in each, every flow's offered load follows its shortest path in the network as it then is,
 * every link direction is solved as an M/G/1 queue with a finite buffer ({@link HopQueue}), a flow's delay is the
 * sum over its hops of wait + its own serialisation + propagation (Kleinrock independence), and losses thin the load
 * downstream. The answer is the expected value over the run: figures weighted by the packets of each period.
 *
 * <p>What it leaves out, so that its error is understood: transients (a queue filling after a flow starts, the
 * packets in flight on a link that fails), correlations between hops, and the shape of the delay distribution -
 * p50/p99 and jitter are given only where a formula is exact (a constant delay; one M/M/1 hop), never invented.
 * A flow that has no route during a period (a failed element cut it off) counts its packets there as sent and lost.
 * Results are deterministic: one "replication", whatever the run settings ask for.
 */
public final class FlowEstimator implements SimulationBackend {

    /** The engine name written into results. */
    public static final String ENGINE = "flow";

    private final FlowEstimatorSettings settings;

    /** An estimator with {@link FlowEstimatorSettings#DEFAULTS} (the constructor ServiceLoader uses). */
    public FlowEstimator() {
        this(FlowEstimatorSettings.DEFAULTS);
    }

    public FlowEstimator(FlowEstimatorSettings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    public FlowEstimatorSettings settings() {
        return settings;
    }

    @Override
    public SimulationResult run(Scenario scenario, RunSettings run) {
        requireNonNull(scenario, "scenario");
        requireNonNull(run, "run");
        long started = System.nanoTime();
        FlowSet flows = new FlowSet(scenario);
        NetworkStates network = new NetworkStates(scenario.topology(), flows, run.threads());
        Timeline timeline = Timeline.of(scenario, flows, settings.maxPeriods());
        Tally tally = new Tally(network, flows, FlowSet.seconds(scenario.simulation().duration()));
        new Sweep(scenario, flows, network).run(timeline, new PeriodModel(network, flows, settings), tally);
        double wall = (System.nanoTime() - started) / 1e9;
        run.progress().progress(1, "estimated " + flows.size() + " flows over " + timeline.periods() + " periods");
        return new SimulationResult(scenario.name(), ENGINE, 1, 0, wall, tally.flowResults(), tally.linkResults());
    }

    /** Walks the periods in time order, applying the events due at each period's start. */
    private static final class Sweep {
        private final List<ScenarioEvent> events;
        private final FlowSet flows;
        private final NetworkStates network;
        private FailedElements down = FailedElements.NONE;
        private final double[] scale;
        private int next;

        Sweep(Scenario scenario, FlowSet flows, NetworkStates network) {
            this.events = new ArrayList<>(scenario.events());
            this.events.sort((x, y) -> x.at().compareTo(y.at()));
            this.flows = flows;
            this.network = network;
            this.scale = new double[flows.size()];
            Arrays.fill(scale, 1);
        }

        void run(Timeline timeline, PeriodModel model, Tally tally) {
            int[] active = new int[flows.size()];
            double[] rate = new double[flows.size()];
            for (int p = 0; p < timeline.periods(); p++) {
                double t0 = timeline.start(p);
                double t1 = timeline.end(p);
                applyEventsUpTo(t0);
                int n = 0;
                for (int i = 0; i < flows.size(); i++) {
                    double on = flows.activity(i, t0, t1);
                    if (on > 0) {
                        active[n] = i;
                        rate[n++] = flows.packetRate[i] * scale[i] * on;
                    }
                }
                RoutedState state = network.state(down.links(), down.nodes());
                state.prepare(active, n);
                model.solve(state, active, rate, n);
                tally.add(model, state, active, rate, n, t1 - t0);
            }
        }

        private void applyEventsUpTo(double t) {
            while (next < events.size() && FlowSet.seconds(events.get(next).at()) <= t + 1e-12) {
                apply(events.get(next++));
            }
        }

        private void apply(ScenarioEvent e) {
            down = down.after(e);
            if (e instanceof ScenarioEvent.ScaleFlows s) {
                if (s.flows().isEmpty()) {
                    for (int i = 0; i < scale.length; i++) {
                        scale[i] *= s.factor();
                    }
                }
                for (String id : s.flows()) {
                    int i = flows.indexOf(id);
                    if (i >= 0) {
                        scale[i] *= s.factor();
                    }
                }
            }
        }
    }
}
