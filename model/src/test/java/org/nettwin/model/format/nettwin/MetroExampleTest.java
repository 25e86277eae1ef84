package org.nettwin.model.format.nettwin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.SharedFiles;
import org.nettwin.model.network.Network;
import org.nettwin.model.slice.Slice;
import org.nettwin.model.slice.SliceType;
import org.nettwin.model.topology.Coordinates;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.NodeKind;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.units.DataRate;

/** The example network examples/metro-5g.json must stay readable, connected and consistent. */
class MetroExampleTest {

    private static Network metro;

    @BeforeAll
    static void readExample() throws FormatException {
        metro = new NettwinReader().readNetwork(InputFile.read(SharedFiles.examples().resolve("metro-5g.json")));
    }

    private static List<Node> ofKind(NodeKind kind) {
        return metro.topology().nodes().stream().filter(n -> n.kind() == kind).collect(Collectors.toList());
    }

    @Test
    void isConnected() {
        Topology t = metro.topology();
        Set<NodeId> seen = new HashSet<>();
        Queue<NodeId> queue = new ArrayDeque<>();
        NodeId first = t.nodes().get(0).id();
        seen.add(first);
        queue.add(first);
        while (!queue.isEmpty()) {
            NodeId at = queue.remove();
            for (Link l : t.linksAt(at)) {
                if (seen.add(l.opposite(at))) {
                    queue.add(l.opposite(at));
                }
            }
        }
        assertThat(seen).hasSize(t.nodes().size());
    }

    @Test
    void hasRadioSitesWithTwoOrThreeCellsAndTheOtherTiers() {
        assertThat(ofKind(NodeKind.GNB)).hasSize(8)
                .allSatisfy(g -> assertThat(g.cells()).hasSizeBetween(2, 3)
                        .allSatisfy(c -> assertThat(c.peakDownlink().isZero()).isFalse()));
        assertThat(ofKind(NodeKind.ROUTER)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(ofKind(NodeKind.EDGE)).hasSize(2);
        assertThat(ofKind(NodeKind.CORE)).isNotEmpty();
        assertThat(ofKind(NodeKind.HOST)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void placesEveryNodeInOneCityAndDelaysMatchFibreLengths() {
        Coordinates centre = Coordinates.geographic(4.835, 45.76);
        for (Node n : metro.topology().nodes()) {
            assertThat(n.coordinates()).as(n.id().value()).isPresent();
            assertThat(n.coordinates().get().distanceKm(centre)).as(n.id().value()).isLessThan(20);
        }
        for (Link l : metro.topology().links()) {
            Coordinates a = metro.topology().node(l.a()).orElseThrow().coordinates().orElseThrow();
            Coordinates b = metro.topology().node(l.b()).orElseThrow().coordinates().orElseThrow();
            double minimum = a.distanceKm(b) * 5e-6 * 0.9;     // light in fibre: 5 us/km along at least the straight line
            assertThat(l.delay().toNanos() / 1e9).as(l.id().value()).isGreaterThanOrEqualTo(minimum)
                    .isLessThan(0.001);
        }
    }

    @Test
    void usesRealisticTransportCapacities() {
        Set<NodeId> gnbs = ofKind(NodeKind.GNB).stream().map(Node::id).collect(Collectors.toSet());
        int ring = 0;
        for (Link l : metro.topology().links()) {
            assertThat(l.capacity()).as(l.id().value()).isGreaterThanOrEqualTo(DataRate.ofGbps(10));
            if (gnbs.contains(l.a()) || gnbs.contains(l.b())) {
                assertThat(l.capacity()).as(l.id().value()).isEqualTo(DataRate.ofGbps(25));
            }
            if ("ring".equals(l.attributes().get("role"))) {
                assertThat(l.capacity()).as(l.id().value()).isEqualTo(DataRate.ofGbps(100));
                ring++;
            }
        }
        assertThat(ring).isEqualTo(4);
    }

    @Test
    void offersThreeSlicesWithTheirSlaTargetsEndpointsAndDemands() {
        assertThat(metro.slices()).extracting(Slice::type)
                .containsExactlyInAnyOrder(SliceType.EMBB, SliceType.URLLC, SliceType.MMTC);
        Slice urllc = metro.slices().stream().filter(s -> s.type() == SliceType.URLLC).findFirst().orElseThrow();
        assertThat(urllc.sla().maxLatency()).contains(Duration.ofMillis(10));
        assertThat(urllc.sla().maxLossRatio()).contains(1e-5);
        Set<String> inSlices = new HashSet<>();
        for (Slice s : metro.slices()) {
            assertThat(s.endpoints()).isNotEmpty();
            assertThat(s.demandIds()).isNotEmpty();
            for (String id : s.demandIds()) {
                Demand d = metro.demands().demand(id).orElseThrow();
                assertThat(s.endpoints()).contains(d.origin(), d.destination());
                assertThat(inSlices.add(id)).as("demand " + id + " is in one slice only").isTrue();
            }
        }
    }

    @Test
    void carriesTrafficBetweenRadioSitesAndCoreOrEdgeThatFitsTheCells() {
        for (Node g : ofKind(NodeKind.GNB)) {
            double peak = g.cells().stream().mapToDouble(c -> c.peakDownlink().bitsPerSecond()).sum();
            double towardsSite = metro.demands().demands().stream().filter(d -> d.destination().equals(g.id()))
                    .mapToDouble(d -> d.rate().bitsPerSecond()).sum();
            assertThat(towardsSite).as(g.id().value()).isPositive().isLessThan(peak);
        }
        assertThat(metro.demands().total()).isGreaterThan(DataRate.ofGbps(1));
    }
}
