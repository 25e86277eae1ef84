package org.nettwin.sim.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.nettwin.sim.flow.TestScenarios.chain;
import static org.nettwin.sim.flow.TestScenarios.delay;
import static org.nettwin.sim.flow.TestScenarios.estimate;
import static org.nettwin.sim.flow.TestScenarios.flow;
import static org.nettwin.sim.flow.TestScenarios.poisson;
import static org.nettwin.sim.flow.TestScenarios.scenario;
import static org.nettwin.sim.flow.TestScenarios.seconds;

import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.nettwin.model.scenario.Arrival;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.scenario.ScenarioEvent;
import org.nettwin.model.scenario.SizeDistribution;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.LinkMetric;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.sim.spi.RunSettings;
import org.nettwin.sim.spi.SimulationBackend;

class FlowEstimatorTest {

    private static final double C = 1e7;

    /** Triangle 0-1-2: flow 0 -> 2 goes direct on link "2" unless it is down, then via 1. */
    private static Topology triangle() {
        List<Node> nodes = List.of(Node.router("0"), Node.router("1"), Node.router("2"));
        List<Link> links = List.of(link("0", "0", "1"), link("1", "1", "2"), link("2", "0", "2"));
        return Topology.of("triangle", nodes, links);
    }

    private static Link link(String id, String a, String b) {
        return Link.between(id, a, b).capacity(DataRate.ofBps(C)).delay(Duration.ofMillis(1)).queuePackets(100).build();
    }

    @Test
    void isFoundAsTheFlowEngineThroughServiceLoader() {
        assertThat(ServiceLoader.load(SimulationBackend.class).stream().map(p -> p.get().engine()))
                .contains(FlowEstimator.ENGINE);
    }

    @Test
    void expectsRateTimesActiveTimeOverSizePackets() {
        SimulationResult r = estimate(scenario(chain(100, C),
                flow("0", 0, 1, Arrival.POISSON, SizeDistribution.FIXED, 1000, 4e6, 10, 40)));
        assertThat(r.flow("0").orElseThrow().mean(FlowMetric.TX_PACKETS)).isCloseTo(4e6 * 30 / 8000, within(1e-6));
        assertThat(r.engine()).isEqualTo("flow");
        assertThat(r.replications()).isEqualTo(1);
    }

    @Test
    void aFlowStopsSendingAtTheEndOfTheRun() {
        Scenario s = TestScenarios.scenario(chain(100, C), List.of(
                flow("0", 0, 1, Arrival.CBR, SizeDistribution.FIXED, 1000, 4e6, 0, 500)), 50, List.of());
        assertThat(estimate(s).flow("0").orElseThrow().mean(FlowMetric.TX_PACKETS)).isCloseTo(4e6 * 51 / 8000,
                within(1e-6));
    }

    @Test
    void aLinkFailureMidRunIsAveragedOverThePeriodsByPackets() {
        Scenario intact = scenario(triangle(), List.of(poisson("0", 0, 2, 1000, 5e6)), 100, List.of());
        Scenario failed = scenario(triangle(), List.of(poisson("0", 0, 2, 1000, 5e6)), 100,
                List.of(new ScenarioEvent.LinkDown(Duration.ZERO, LinkId.of("2"))));
        Scenario halfway = scenario(triangle(), List.of(poisson("0", 0, 2, 1000, 5e6)), 100,
                List.of(new ScenarioEvent.LinkDown(seconds(50), LinkId.of("2"))));
        double direct = delay(estimate(intact), "0");
        double detour = delay(estimate(failed), "0");
        SimulationResult r = estimate(halfway);
        assertThat(detour).isGreaterThan(direct);
        assertThat(delay(r, "0")).isCloseTo((direct + detour) / 2, within(1e-12));
        assertThat(r.link("0", "0").orElseThrow().mean(LinkMetric.UTILISATION)).isCloseTo(0.25, within(1e-9));
        assertThat(r.link("2", "0").orElseThrow().mean(LinkMetric.UTILISATION)).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void aLinkThatComesBackRestoresTheDirectRoute() {
        Scenario s = scenario(triangle(), List.of(poisson("0", 0, 2, 1000, 5e6)), 100,
                List.of(new ScenarioEvent.LinkDown(seconds(20), LinkId.of("2")),
                        new ScenarioEvent.LinkUp(seconds(40), LinkId.of("2"))));
        SimulationResult r = estimate(s);
        assertThat(r.link("2", "0").orElseThrow().mean(LinkMetric.UTILISATION)).isCloseTo(0.4, within(1e-9));
        assertThat(r.link("1", "1").orElseThrow().mean(LinkMetric.UTILISATION)).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void scaledFlowsSendMoreFromTheEventOn() {
        Scenario s = scenario(chain(1000, C), List.of(poisson("0", 0, 1, 1000, 2e6), poisson("1", 0, 1, 1000, 2e6)), 100,
                List.of(new ScenarioEvent.ScaleFlows(seconds(50), 2, List.of("1"))));
        SimulationResult r = estimate(s);
        assertThat(r.flow("1").orElseThrow().mean(FlowMetric.TX_PACKETS)).isCloseTo(2e6 * 150 / 8000, within(1e-6));
        assertThat(r.flow("0").orElseThrow().mean(FlowMetric.TX_PACKETS)).isCloseTo(2e6 * 100 / 8000, within(1e-6));
        assertThat(r.link("0", "0").orElseThrow().mean(LinkMetric.LOAD_BPS)).isCloseTo(5e6, within(1e-6));
    }

    @Test
    void packetsOfAFlowCutOffByAFailedNodeAreLost() {
        Scenario s = scenario(chain(100, C, C), List.of(poisson("0", 0, 2, 1000, 1e6)), 100,
                List.of(new ScenarioEvent.NodeDown(seconds(25), NodeId.of("1"))));
        SimulationResult r = estimate(s);
        var f = r.flow("0").orElseThrow();
        assertThat(f.mean(FlowMetric.LOST_PACKETS) / f.mean(FlowMetric.TX_PACKETS)).isCloseTo(0.75, within(1e-9));
        assertThat(f.mean(FlowMetric.MEAN_DELAY_S)).isCloseTo(delay(estimate(scenario(chain(100, C, C),
                poisson("0", 0, 2, 1000, 1e6))), "0"), within(1e-15));
    }

    @Test
    void lossesUpstreamThinTheLoadOfferedDownstream() {
        SimulationResult r = estimate(scenario(chain(20, C, C),
                poisson("big", 0, 2, 1000, 1.2 * C), poisson("small", 1, 2, 1000, 0.1 * C)));
        var first = r.link("0", "0").orElseThrow();
        var second = r.link("1", "1").orElseThrow();
        double passed = 1.2 * C * (1 - first.mean(LinkMetric.DROPPED_PACKETS) / (1.2 * C * 100 / 8000));
        assertThat(second.mean(LinkMetric.LOAD_BPS)).isCloseTo(passed + 0.1 * C, within(1e-3));
        assertThat(second.mean(LinkMetric.LOAD_BPS)).isLessThan(1.3 * C);
        assertThat(first.mean(LinkMetric.UTILISATION)).isLessThanOrEqualTo(1.0);
    }

    @Test
    void cbrSharingWithPoissonCountsAsSmoothOrAsPoissonAsConfigured() {
        Scenario s = scenario(chain(1000, C), flow("cbr", 0, 1, Arrival.CBR, SizeDistribution.FIXED, 1500, 5e6),
                poisson("p", 0, 1, 1000, 4e6));
        RunSettings run = RunSettings.of(s).withThreads(1);
        double smooth = delay(new FlowEstimator().run(s, run), "p");
        double poisson = delay(new FlowEstimator(FlowEstimatorSettings.DEFAULTS.withCbr(CbrModel.POISSON)).run(s, run), "p");
        double l1 = 5e6 / 12000;
        double l2 = 4e6 / 8000;
        double s1 = 12000 / C;
        double s2 = 8000 / C;
        double pk = (l1 * s1 * s1 + l2 * s2 * s2) / (2 * (1 - 0.9));
        assertThat(poisson).isCloseTo(pk + s2 + 0.001, within(1e-6));
        assertThat(smooth).isLessThan(poisson).isGreaterThan(s2 + 0.001);
    }

    @Test
    void manyFlowBoundariesAreAveragedOverSlicesButKeepThePacketCounts() {
        Scenario s = scenario(chain(1000, C), List.of(
                flow("a", 0, 1, Arrival.POISSON, SizeDistribution.FIXED, 1000, 3e6, 0, 10),
                flow("b", 0, 1, Arrival.POISSON, SizeDistribution.FIXED, 1000, 3e6, 5, 7)), 10, List.of());
        RunSettings run = RunSettings.of(s).withThreads(1);
        SimulationResult exact = new FlowEstimator().run(s, run);
        SimulationResult sliced = new FlowEstimator(FlowEstimatorSettings.DEFAULTS.withMaxPeriods(1)).run(s, run);
        for (String id : List.of("a", "b")) {
            assertThat(sliced.flow(id).orElseThrow().mean(FlowMetric.TX_PACKETS))
                    .isCloseTo(exact.flow(id).orElseThrow().mean(FlowMetric.TX_PACKETS), within(1e-6));
        }
        assertThat(delay(sliced, "b")).isLessThan(delay(exact, "b"));
    }

    @Test
    void aZeroRateLinkLosesEverythingWithoutInventingADelay() {
        SimulationResult r = estimate(scenario(chain(100, 0, C), poisson("0", 0, 2, 1000, 1e6),
                poisson("1", 1, 2, 1000, 0)));
        var f = r.flow("0").orElseThrow();
        assertThat(f.mean(FlowMetric.RX_PACKETS)).isZero();
        assertThat(f.value(FlowMetric.MEAN_DELAY_S)).isEmpty();
        assertThat(r.flow("1").orElseThrow().mean(FlowMetric.TX_PACKETS)).isZero();
        assertThat(r.link("0", "0").orElseThrow().value(LinkMetric.UTILISATION)).isEmpty();
    }

    @Test
    void linksThatCarryNothingAreLeftOut() {
        SimulationResult r = estimate(scenario(triangle(), poisson("0", 0, 2, 1000, 1e6)));
        assertThat(r.links()).extracting(l -> l.id() + ":" + l.from()).containsExactly("2:0");
    }

    @Test
    void answersAreTheSameOnOneThreadAndOnMany() {
        Scenario s = new ScenarioGenerator(ScenarioGenerator.Profile.DEFAULTS.withFlows(200))
                .generate(ScenarioGenerator.grid(8, 8, DataRate.ofMbps(100), Duration.ofMillis(1), 100), LoadLevel.HEAVY, 3);
        SimulationResult one = new FlowEstimator().run(s, RunSettings.of(s).withThreads(1));
        SimulationResult many = new FlowEstimator().run(s, RunSettings.of(s).withThreads(4));
        assertThat(many.flows()).isEqualTo(one.flows());
        assertThat(many.links()).isEqualTo(one.links());
    }
}
