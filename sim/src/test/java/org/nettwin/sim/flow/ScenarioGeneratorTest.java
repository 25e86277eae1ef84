package org.nettwin.sim.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nettwin.model.routing.LoadComputation;
import org.nettwin.model.routing.RoutingMode;
import org.nettwin.model.scenario.Arrival;
import org.nettwin.model.scenario.Flow;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.scenario.SizeDistribution;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;

class ScenarioGeneratorTest {

    private static final Topology GRID = ScenarioGenerator.grid(4, 5, DataRate.ofMbps(10), Duration.ofMillis(1), 50);
    private final ScenarioGenerator generator = new ScenarioGenerator(ScenarioGenerator.Profile.DEFAULTS);

    private static double busiest(Scenario s) {
        List<Demand> demands = s.flows().stream().map(f -> new Demand(f.id(), f.source(), f.destination(), f.rate()))
                .toList();
        return LoadComputation.of(s.topology()).route(new TrafficMatrix(demands), RoutingMode.SHORTEST_PATH).max()
                .orElseThrow().utilisation();
    }

    @ParameterizedTest
    @EnumSource(LoadLevel.class)
    void drivesTheBusiestLinkDirectionToTheLevel(LoadLevel level) {
        Scenario s = generator.generate(GRID, level, 7);
        assertThat(busiest(s)).isCloseTo(level.maxUtilisation(), within(1e-9));
        assertThat(s.flows()).hasSize(30).allMatch(f -> f.arrival() == Arrival.POISSON);
        assertThat(s.flows()).extracting(Flow::sizes).contains(SizeDistribution.FIXED, SizeDistribution.EXPONENTIAL);
    }

    @Test
    void theSameSeedGivesTheSameScenario() {
        assertThat(generator.generate(GRID, LoadLevel.MEDIUM, 11)).isEqualTo(generator.generate(GRID, LoadLevel.MEDIUM, 11));
        assertThat(generator.generate(GRID, LoadLevel.MEDIUM, 11).flows())
                .isNotEqualTo(generator.generate(GRID, LoadLevel.MEDIUM, 12).flows());
    }

    @Test
    void fixedAndExponentialMixesAreHonoured() {
        var fixed = new ScenarioGenerator(ScenarioGenerator.Profile.DEFAULTS.withSizes(SizeMix.FIXED));
        var exponential = new ScenarioGenerator(ScenarioGenerator.Profile.DEFAULTS.withSizes(SizeMix.EXPONENTIAL));
        assertThat(fixed.generate(GRID, LoadLevel.LIGHT, 1).flows()).allMatch(f -> f.sizes() == SizeDistribution.FIXED);
        assertThat(exponential.generate(GRID, LoadLevel.LIGHT, 1).flows())
                .allMatch(f -> f.sizes() == SizeDistribution.EXPONENTIAL);
    }

    @Test
    void ringsAndGridsHaveTheExpectedShape() {
        Topology ring = ScenarioGenerator.ring(6, DataRate.ofMbps(10), Duration.ofMillis(1), 10);
        assertThat(ring.nodes()).hasSize(6);
        assertThat(ring.links()).hasSize(6);
        assertThat(GRID.nodes()).hasSize(20);
        assertThat(GRID.links()).hasSize(4 * 4 + 3 * 5);
    }

    @Test
    void refusesANetworkWithoutConnectedPairs() {
        Topology islands = Topology.of("islands", List.of(Node.router("a"), Node.router("b")), List.of());
        assertThatThrownBy(() -> generator.generate(islands, LoadLevel.LIGHT, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connected");
    }

    @Property(tries = 30)
    void everyGeneratedScenarioIsEstimatedWithFiniteFigures(@ForAll @LongRange(min = 0, max = 1000) long seed) {
        Scenario s = generator.generate(ScenarioGenerator.ring(7, DataRate.ofMbps(10), Duration.ofMillis(2), 20),
                1.5, seed);
        var r = TestScenarios.estimate(s);
        assertThat(r.flows()).hasSize(s.flows().size()).allSatisfy(f -> {
            assertThat(f.values().values()).allMatch(e -> Double.isFinite(e.mean()) && e.mean() >= 0);
            assertThat(f.mean(org.nettwin.sim.result.FlowMetric.RX_PACKETS))
                    .isLessThanOrEqualTo(f.mean(org.nettwin.sim.result.FlowMetric.TX_PACKETS));
        });
        assertThat(r.links()).allSatisfy(l -> assertThat(l.mean(org.nettwin.sim.result.LinkMetric.UTILISATION))
                .isBetween(0.0, 1.0 + 1e-9));
    }
}
