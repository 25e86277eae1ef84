package org.nettwin.twin.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nettwin.model.routing.LinkLoads;
import org.nettwin.model.routing.LoadComputation;
import org.nettwin.model.routing.RoutingMode;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;

class TomogravityEstimatorTest {

    private final TomogravityEstimator estimator = TomogravityEstimator.standard();

    private static Topology triangle() {
        return Topology.of("triangle", List.of(Node.router("A"), Node.router("B"), Node.router("C")),
                List.of(Link.between("ab", "A", "B").build(), Link.between("bc", "B", "C").build(),
                        Link.between("ca", "C", "A").build()));
    }

    private static Topology line() {
        return Topology.of("line", List.of(Node.router("A"), Node.router("B"), Node.router("C")),
                List.of(Link.between("ab", "A", "B").build(), Link.between("bc", "B", "C").build()));
    }

    private static TrafficMatrix matrix(double... mbps) {
        String[][] pairs = {{"A", "B"}, {"A", "C"}, {"B", "A"}, {"B", "C"}, {"C", "A"}, {"C", "B"}};
        List<Demand> demands = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i++) {
            demands.add(Demand.of(pairs[i][0], pairs[i][1], DataRate.ofMbps(mbps[i])));
        }
        return new TrafficMatrix(demands);
    }

    private static LinkObservation routed(Topology topology, TrafficMatrix truth) {
        return LinkObservation.of(LoadComputation.of(topology).route(truth, RoutingMode.ECMP));
    }

    private static void assertSameMatrix(TrafficMatrix estimate, TrafficMatrix truth, double toleranceBps) {
        for (Demand d : truth.demands()) {
            assertThat(estimate.between(d.origin(), d.destination()).bitsPerSecond())
                    .as(d.id()).isCloseTo(d.rate().bitsPerSecond(), within(toleranceBps));
        }
    }

    @Test
    void recoversTheMatrixExactlyWhenTheLoadsDetermineIt() {
        TrafficMatrix truth = matrix(10, 3, 7, 1, 25, 4);
        TrafficMatrix estimate = estimator.estimate(triangle(), routed(triangle(), truth));
        assertSameMatrix(estimate, truth, 1e-9 * truth.total().bitsPerSecond());
    }

    @Test
    void recoversTheMatrixExactlyFromLoadsAndTotalsTogether() {
        TrafficMatrix truth = matrix(10, 3, 7, 1, 25, 4);
        LinkObservation observation = routed(triangle(), truth).withTotals(NodeTotals.of(truth));
        assertSameMatrix(estimator.estimate(triangle(), observation), truth, 1e-9 * truth.total().bitsPerSecond());
    }

    @Test
    void reproducesTheLoadsWhenTheyDoNotDetermineTheMatrix() {
        Topology line = line();
        TrafficMatrix truth = matrix(10, 3, 7, 1, 25, 4);
        LinkObservation observation = routed(line, truth).withTotals(NodeTotals.of(truth));
        TrafficMatrix estimate = estimator.estimate(line, observation);
        LinkLoads fitted = LoadComputation.of(line).route(estimate, RoutingMode.ECMP);
        observation.loads().forEach((direction, load) -> assertThat(
                fitted.load(direction.link(), direction.from()).orElseThrow().load().bitsPerSecond())
                .as(direction.toString()).isCloseTo(load.bitsPerSecond(), within(1e-6 * load.bitsPerSecond())));
        assertThat(estimate.demands()).allSatisfy(d -> assertThat(d.rate().bitsPerSecond()).isGreaterThanOrEqualTo(0));
        assertThat(estimate.total().bitsPerSecond()).isCloseTo(truth.total().bitsPerSecond(), within(1.0));
    }

    @Test
    void estimatesFromLoadsAloneWithoutTotals() {
        TrafficMatrix truth = matrix(10, 3, 7, 1, 25, 4);
        TrafficMatrix estimate = estimator.estimate(line(), routed(line(), truth).loads(), Optional.empty());
        assertThat(estimate.size()).isEqualTo(6);
        assertThat(estimate.demands()).allSatisfy(d -> assertThat(d.rate().bitsPerSecond()).isGreaterThanOrEqualTo(0));
    }

    @Test
    void givesTheSameEstimateWhateverTheOrderOfTheLoads() {
        TrafficMatrix truth = matrix(10, 3, 7, 1, 25, 4);
        List<Map.Entry<LinkDirection, DataRate>> entries = new java.util.ArrayList<>(
                new java.util.TreeMap<>(routed(line(), truth).loads()).entrySet());
        Map<LinkDirection, DataRate> forward = new java.util.LinkedHashMap<>();
        entries.forEach(e -> forward.put(e.getKey(), e.getValue()));
        java.util.Collections.reverse(entries);
        Map<LinkDirection, DataRate> backward = new java.util.LinkedHashMap<>();
        entries.forEach(e -> backward.put(e.getKey(), e.getValue()));
        assertThat(estimator.estimate(line(), backward, Optional.empty()))
                .isEqualTo(estimator.estimate(line(), forward, Optional.empty()));
    }

    @Test
    void estimatesNothingFromIdleLinks() {
        TrafficMatrix truth = matrix(0, 0, 0, 0, 0, 0);
        assertThat(estimator.estimate(triangle(), routed(triangle(), truth)).total()).isEqualTo(DataRate.ZERO);
    }

    @Test
    void takesANodeWithoutTrafficAsZeroWhenTotalsComeFromTheTopology() {
        Topology line = line();
        TrafficMatrix truth = new TrafficMatrix(List.of(Demand.of("A", "B", DataRate.ofMbps(5))));
        LinkObservation observation = routed(line, truth).withTotals(NodeTotals.of(line, truth));
        TrafficMatrix estimate = estimator.estimate(line, observation);
        assertSameMatrix(estimate, truth, 1e-9 * truth.total().bitsPerSecond());
        assertThat(estimate.total().bitsPerSecond()).isCloseTo(5e6, within(1e-3));
    }

    @Test
    void refusesALoadOnAnUnknownLink() {
        Map<LinkDirection, DataRate> loads = Map.of(LinkDirection.of("zz", "A"), DataRate.ofMbps(1));
        assertThatThrownBy(() -> estimator.estimate(triangle(), loads, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown link zz");
    }

    @Test
    void refusesALoadLeavingANodeTheLinkDoesNotTouch() {
        Map<LinkDirection, DataRate> loads = Map.of(LinkDirection.of("ab", "C"), DataRate.ofMbps(1));
        assertThatThrownBy(() -> estimator.estimate(triangle(), loads, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("link ab leaving C");
    }

    @Test
    void refusesANegativeLoad() {
        assertThatThrownBy(() -> Map.of(LinkDirection.of("ab", "A"), DataRate.ofMbps(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(">= 0");
    }

    @Test
    void refusesAPairWithNoPath() {
        Topology split = Topology.of("split", List.of(Node.router("A"), Node.router("B"), Node.router("C")),
                List.of(Link.between("ab", "A", "B").build()));
        Map<LinkDirection, DataRate> loads = Map.of(LinkDirection.of("ab", "A"), DataRate.ofMbps(1));
        assertThatThrownBy(() -> estimator.estimate(split, loads, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no path from A to C");
    }

    @Test
    void refusesTotalsThatMissANode() {
        NodeTotals totals = new NodeTotals(Map.of(Node.router("A").id(), DataRate.ofMbps(1)), Map.of());
        assertThatThrownBy(() -> estimator.estimate(triangle(), Map.of(), Optional.of(totals)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("egress of node A");
    }

    @Test
    void refusesTotalsForAnUnknownNode() {
        TrafficMatrix truth = matrix(10, 3, 7, 1, 25, 4);
        TrafficMatrix withStranger = new TrafficMatrix(List.of(Demand.of("A", "X", DataRate.ofMbps(1))));
        Map<org.nettwin.model.topology.NodeId, DataRate> in = new java.util.HashMap<>(NodeTotals.of(truth).ingress());
        in.putAll(NodeTotals.of(withStranger).ingress());
        NodeTotals totals = new NodeTotals(in, NodeTotals.of(truth).egress());
        assertThatThrownBy(() -> estimator.estimate(triangle(), Map.of(), Optional.of(totals)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown node X");
    }
}
