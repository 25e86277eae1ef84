package org.nettwin.sim.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.nettwin.model.scenario.Arrival;
import org.nettwin.model.scenario.Flow;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.scenario.ScenarioEvent;
import org.nettwin.model.scenario.SizeDistribution;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.FlowResult;
import org.nettwin.sim.result.LinkMetric;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.sim.spi.RunSettings;

class FlowEstimatorPropertiesTest {

    private static final int NODES = 6;
    private static final double DURATION = 50;

    /** Random flows (any kind, any load) with random start/stop on a ring, and random failures, repairs and scalings. */
    private static Scenario randomScenario(long seed, int flowCount, int eventCount) {
        Random random = new Random(seed);
        Topology ring = ScenarioGenerator.ring(NODES, DataRate.ofMbps(10), Duration.ofMillis(1), random.nextInt(50));
        List<Flow> flows = new ArrayList<>();
        for (int i = 0; i < flowCount; i++) {
            int src = random.nextInt(NODES);
            int dst = (src + 1 + random.nextInt(NODES - 1)) % NODES;
            double start = random.nextInt(4) == 0 ? 0 : random.nextDouble() * DURATION;
            double stop = start + random.nextDouble() * DURATION;
            flows.add(TestScenarios.flow(Integer.toString(i), src, dst,
                    random.nextBoolean() ? Arrival.CBR : Arrival.POISSON,
                    random.nextBoolean() ? SizeDistribution.FIXED : SizeDistribution.EXPONENTIAL,
                    100 + random.nextInt(1400), random.nextDouble() * 15e6, start, stop));
        }
        List<ScenarioEvent> events = new ArrayList<>();
        for (int e = 0; e < eventCount; e++) {
            Duration at = TestScenarios.seconds(random.nextInt(3) == 0 ? 0 : random.nextDouble() * DURATION);
            String link = Integer.toString(random.nextInt(NODES));
            NodeId node = NodeId.of(Integer.toString(random.nextInt(NODES)));
            switch (random.nextInt(5)) {
                case 0 -> events.add(new ScenarioEvent.LinkDown(at, LinkId.of(link)));
                case 1 -> events.add(new ScenarioEvent.LinkUp(at, LinkId.of(link)));
                case 2 -> events.add(new ScenarioEvent.NodeDown(at, node));
                case 3 -> events.add(new ScenarioEvent.NodeUp(at, node));
                default -> events.add(new ScenarioEvent.ScaleFlows(at, 0.25 + 2 * random.nextDouble(),
                        random.nextBoolean() ? List.of() : List.of(Integer.toString(random.nextInt(flowCount)))));
            }
        }
        return TestScenarios.scenario(ring, flows, DURATION, events);
    }

    @Property(tries = 300)
    void figuresAreFiniteConsistentAndNeverInvented(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int flows,
                                                   @ForAll @IntRange(min = 0, max = 8) int events) {
        Scenario s = randomScenario(seed, flows, events);
        SimulationResult r = new FlowEstimator(FlowEstimatorSettings.DEFAULTS.withMaxPeriods(1 + (int) (seed & 15)))
                .run(s, RunSettings.of(s).withThreads(1));
        assertThat(r.flows()).hasSize(flows);
        for (FlowResult f : r.flows()) {
            assertThat(f.values().values()).allMatch(e -> Double.isFinite(e.mean()) && e.mean() >= 0);
            double tx = f.mean(FlowMetric.TX_PACKETS);
            assertThat(f.mean(FlowMetric.RX_PACKETS)).isLessThanOrEqualTo(tx * (1 + 1e-12));
            assertThat(f.mean(FlowMetric.LOST_PACKETS) + f.mean(FlowMetric.RX_PACKETS)).isCloseTo(tx, within(1e-6 * tx + 1e-9));
            if (f.value(FlowMetric.MEAN_DELAY_S).isPresent()) {
                assertThat(f.mean(FlowMetric.MEAN_DELAY_S)).isGreaterThanOrEqualTo(0.001);
            }
        }
        assertThat(r.links()).allSatisfy(l -> {
            // Busy time / duration_s: traffic sent during the 1 s drain can take it past 1 (spec), never past 51/50.
            assertThat(l.mean(LinkMetric.UTILISATION)).isBetween(0.0, (DURATION + 1) / DURATION + 1e-9);
            assertThat(l.mean(LinkMetric.MEAN_QUEUE_PACKETS)).isFinite().isGreaterThanOrEqualTo(0);
        });
    }

    @Property(tries = 100)
    void withoutScalingEveryFlowSendsRateTimesActiveTime(@ForAll long seed,
                                                        @ForAll @IntRange(min = 1, max = 12) int flows) {
        Scenario s = randomScenario(seed, flows, 0);
        SimulationResult r = TestScenarios.estimate(s);
        double end = DURATION + 1;
        for (Flow f : s.flows()) {
            double active = Math.min(FlowSet.seconds(f.stop()), end) - FlowSet.seconds(f.start());
            double expected = f.rate().bitsPerSecond() * Math.max(0, active) / (8.0 * f.packetSizeBytes());
            assertThat(r.flow(f.id()).orElseThrow().mean(FlowMetric.TX_PACKETS)).isCloseTo(expected,
                    within(1e-6 * expected + 1e-9));
        }
    }
}
