package org.nettwin.model.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.nettwin.model.routing.Networks.id;
import static org.nettwin.model.routing.Networks.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;

class LoadComputationTest {

    /** A-C 30 (A-C is as short directly as via B), C-A 10, B-A 20, A-B 5 Mb/s. */
    private static final TrafficMatrix TRIANGLE_DEMANDS = new TrafficMatrix(List.of(
            Demand.of("A", "C", DataRate.ofMbps(30)), Demand.of("C", "A", DataRate.ofMbps(10)),
            Demand.of("B", "A", DataRate.ofMbps(20)), Demand.of("A", "B", DataRate.ofMbps(5))));

    /**
     * Single path: A forwards for C to B (lowest next hop, 1 + 1 = 2), C forwards for A directly (A comes before
     * B). So ab A>B = 30 + 5, ab B>A = 20, bc B>C = 30, ca C>A = 10 (of 50), nothing else.
     */
    @Test
    void loadsTheTriangleOnSinglePathsAsWorkedOutByHand() {
        LinkLoads loads = LoadComputation.of(Networks.triangle()).route(TRIANGLE_DEMANDS, RoutingMode.SHORTEST_PATH);

        assertLoad(loads, "ab", "A", 35, 0.35);
        assertLoad(loads, "ab", "B", 20, 0.20);
        assertLoad(loads, "bc", "B", 30, 0.30);
        assertLoad(loads, "bc", "C", 0, 0);
        assertLoad(loads, "ca", "C", 10, 0.20);
        assertLoad(loads, "ca", "A", 0, 0);
        assertThat(loads.max().orElseThrow().link()).isEqualTo(link("ab"));
        assertThat(loads.max().orElseThrow().from()).isEqualTo(id("A"));
        assertThat(loads.routed().megabitsPerSecond()).isCloseTo(65, within(1e-9));
        assertThat(loads.unrouted()).isEmpty();
        assertThat(loads.routesAll()).isTrue();
        assertThat(loads.mode()).isEqualTo(RoutingMode.SHORTEST_PATH);
    }

    /**
     * ECMP: A-C 30 splits 15 direct + 15 via B; C-A 10 splits 5 direct + 5 via B. So ab A>B = 15 + 5, ab B>A =
     * 5 + 20, bc B>C = 15, bc C>B = 5, ca C>A = 5 (of 50), ca A>C = 15 (of 50).
     */
    @Test
    void loadsTheTriangleWithEcmpAsWorkedOutByHand() {
        LinkLoads loads = LoadComputation.of(Networks.triangle()).route(TRIANGLE_DEMANDS, RoutingMode.ECMP);

        assertLoad(loads, "ab", "A", 20, 0.20);
        assertLoad(loads, "ab", "B", 25, 0.25);
        assertLoad(loads, "bc", "B", 15, 0.15);
        assertLoad(loads, "bc", "C", 5, 0.05);
        assertLoad(loads, "ca", "C", 5, 0.10);
        assertLoad(loads, "ca", "A", 15, 0.30);
        assertThat(loads.max().orElseThrow().link()).isEqualTo(link("ca"));
        assertThat(loads.max().orElseThrow().from()).isEqualTo(id("A"));
    }

    @Test
    void sortsDirectionsByUtilisationKeepingFileOrderAmongEquals() {
        LinkLoads loads = LoadComputation.of(Networks.triangle()).route(TRIANGLE_DEMANDS, RoutingMode.SHORTEST_PATH);

        assertThat(loads.sortedByUtilisation()).extracting(d -> d.link() + ">" + d.to())
                .containsExactly("ab>B", "bc>C", "ab>A", "ca>A", "bc>B", "ca>C");
        assertThat(loads.mostLoaded(2)).extracting(d -> d.link() + ">" + d.to()).containsExactly("ab>B", "bc>C");
        assertThat(loads.mostLoaded(100)).hasSize(6);
        assertThat(loads.mostLoaded(0)).isEmpty();
        assertThat(loads.overloaded()).isEmpty();
        assertThat(loads.directions()).extracting(d -> d.link() + ">" + d.to())
                .containsExactly("ab>B", "ab>A", "bc>C", "bc>B", "ca>A", "ca>C");
        assertThatThrownBy(() -> loads.mostLoaded(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsDemandsWithoutAPathInsteadOfDroppingThem() {
        Topology t = Networks.triangle().withNode(org.nettwin.model.topology.Node.router("D"));
        TrafficMatrix demands = new TrafficMatrix(List.of(
                Demand.of("A", "C", DataRate.ofMbps(30)), Demand.of("A", "D", DataRate.ofMbps(7)),
                Demand.of("Z", "A", DataRate.ofMbps(3)), Demand.of("B", "A", DataRate.ofMbps(20))));

        for (RoutingMode mode : RoutingMode.values()) {
            LinkLoads loads = LoadComputation.of(t).route(demands, mode);

            assertThat(loads.unrouted()).extracting(Demand::id).containsExactly("A->D", "Z->A");
            assertThat(loads.routesAll()).isFalse();
            assertThat(loads.routed().megabitsPerSecond()).isCloseTo(50, within(1e-9));
            assertThat(loads.unroutedRate().megabitsPerSecond()).isCloseTo(10, within(1e-9));
        }
    }

    @Test
    void reportsDemandsOfAFailedNodeAsUnroutedAndReroutesTheRest() {
        Topology failed = Networks.triangle().withoutNode(id("B"));
        TrafficMatrix demands = new TrafficMatrix(List.of(Demand.of("A", "C", DataRate.ofMbps(30)),
                Demand.of("B", "A", DataRate.ofMbps(20)), Demand.of("C", "B", DataRate.ofMbps(1))));

        LinkLoads loads = LoadComputation.of(failed).route(demands, RoutingMode.SHORTEST_PATH);

        assertThat(loads.unrouted()).extracting(Demand::id).containsExactly("B->A", "C->B");
        assertThat(loads.directions()).hasSize(2);
        assertLoad(loads, "ca", "A", 30, 0.6);
        assertThat(loads.load(link("ab"), id("A"))).isEmpty();
    }

    /** Without ab: A-C 30 and C-A 10 go direct, B-A 20 goes B-C-A, A-B 5 goes A-C-B. */
    @Test
    void reroutesAroundAFailedLink() {
        LinkLoads loads = LoadComputation.of(Networks.triangle().withoutLink(link("ab")))
                .route(TRIANGLE_DEMANDS, RoutingMode.SHORTEST_PATH);

        assertLoad(loads, "ca", "A", 35, 0.7);
        assertLoad(loads, "ca", "C", 30, 0.6);
        assertLoad(loads, "bc", "B", 20, 0.2);
        assertLoad(loads, "bc", "C", 5, 0.05);
    }

    @Test
    void callsAZeroCapacityDirectionCarryingTrafficInfinitelyUtilised() {
        Topology t = Networks.network().nodes("A", "B").link("ab", "A", "B", 1, 0).build();
        TrafficMatrix demands = new TrafficMatrix(List.of(Demand.of("A", "B", DataRate.ofMbps(1))));

        LinkLoads loads = LoadComputation.of(t).route(demands, RoutingMode.ECMP);

        assertThat(loads.max().orElseThrow().utilisation()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(loads.max().orElseThrow().overloads()).isTrue();
        assertThat(loads.overloaded()).hasSize(1);
        assertThat(loads.load(link("ab"), id("B")).orElseThrow().utilisation()).isZero();
        assertThat(loads.max().orElseThrow().headroom()).isEqualTo(DataRate.ZERO);
    }

    @Test
    void hasNoMaximumWithoutLinks() {
        Topology t = Networks.network().nodes("A", "B").build();
        LinkLoads loads = LoadComputation.of(t).route(new TrafficMatrix(List.of(Demand.of("A", "B", DataRate.ofMbps(1)))),
                RoutingMode.SHORTEST_PATH);

        assertThat(loads.max()).isEmpty();
        assertThat(loads.sortedByUtilisation()).isEmpty();
        assertThat(loads.unrouted()).hasSize(1);
        assertThat(LoadComputation.of(t).route(TrafficMatrix.EMPTY, RoutingMode.ECMP).routed()).isEqualTo(DataRate.ZERO);
    }

    /**
     * On random networks, each demand's rate lands exactly on its single path, and in both modes the load times
     * the metric adds up to the rate times the distance (every ECMP way is a shortest path).
     */
    @Test
    void addsUpOnRandomNetworks() {
        Random random = new Random(42);
        for (int trial = 0; trial < 30; trial++) {
            int n = 2 + random.nextInt(30);
            Topology t = RandomNetworks.connected(random, n, n - 1 + random.nextInt(40), 3);
            TrafficMatrix demands = randomDemands(random, t, 60);
            Routing routing = Routing.of(t);
            LoadComputation computation = LoadComputation.of(routing);

            LinkLoads single = computation.route(demands, RoutingMode.SHORTEST_PATH);
            LinkLoads ecmp = computation.route(demands, RoutingMode.ECMP);

            double[] expected = new double[2 * t.links().size()];
            double rateTimesDistance = 0;
            for (Demand d : demands.demands()) {
                Path path = routing.path(d.origin(), d.destination()).orElseThrow();
                rateTimesDistance += d.rate().bitsPerSecond() * path.metric();
                NodeId at = d.origin();
                for (Link l : path.links()) {
                    expected[2 * t.links().indexOf(l) + (at.equals(l.a()) ? 0 : 1)] += d.rate().bitsPerSecond();
                    at = l.opposite(at);
                }
            }
            for (int arc = 0; arc < expected.length; arc++) {
                assertThat(single.directions().get(arc).load().bitsPerSecond()).isCloseTo(expected[arc], within(1e-3));
            }
            assertThat(loadTimesMetric(t, single)).isCloseTo(rateTimesDistance, within(1e-6 * rateTimesDistance));
            assertThat(loadTimesMetric(t, ecmp)).isCloseTo(rateTimesDistance, within(1e-6 * rateTimesDistance));
        }
    }

    @Test
    void routesManyDemandsOnAKdlSizedNetworkQuickly() {
        Random random = new Random(754);
        Topology t = RandomNetworks.connected(random, 754, 899, 10);
        TrafficMatrix demands = randomDemands(random, t, 100_000);
        LoadComputation computation = LoadComputation.of(t);
        computation.route(demands, RoutingMode.SHORTEST_PATH);

        long start = System.nanoTime();
        LinkLoads single = computation.route(demands, RoutingMode.SHORTEST_PATH);
        long singleMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        LinkLoads ecmp = computation.route(demands, RoutingMode.ECMP);
        long ecmpMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("static loads, 754 nodes, 100000 demands: shortest path %d ms, ECMP %d ms%n",
                singleMillis, ecmpMillis);

        assertThat(single.routed().bitsPerSecond()).isCloseTo(demands.total().bitsPerSecond(), within(1.0));
        assertThat(ecmp.unrouted()).isEmpty();
        assertThat(singleMillis + ecmpMillis).isLessThan(5000);
    }

    private static TrafficMatrix randomDemands(Random random, Topology t, int count) {
        int n = t.nodes().size();
        List<Demand> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int o = random.nextInt(n);
            int d = (o + 1 + random.nextInt(n - 1)) % n;
            out.add(new Demand("d" + i, t.nodes().get(o).id(), t.nodes().get(d).id(),
                    DataRate.ofMbps(random.nextInt(100))));
        }
        return new TrafficMatrix(out);
    }

    private static double loadTimesMetric(Topology t, LinkLoads loads) {
        double sum = 0;
        for (DirectedLoad d : loads.directions()) {
            sum += d.load().bitsPerSecond() * t.link(d.link()).orElseThrow().metric();
        }
        return sum;
    }

    private static void assertLoad(LinkLoads loads, String link, String from, double mbps, double utilisation) {
        DirectedLoad d = loads.load(link(link), id(from)).orElseThrow();
        assertThat(d.load().megabitsPerSecond()).as(link + " from " + from).isCloseTo(mbps, within(1e-9));
        assertThat(d.utilisation()).as(link + " from " + from).isCloseTo(utilisation, within(1e-12));
    }
}
