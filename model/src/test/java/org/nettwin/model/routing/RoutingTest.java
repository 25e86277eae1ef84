package org.nettwin.model.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nettwin.model.routing.Networks.id;
import static org.nettwin.model.routing.Networks.link;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;

class RoutingTest {

    @Test
    void breaksATieTowardsTheLowestNextHopInFileOrder() {
        Routing routing = Routing.of(Networks.tieSquare());

        Path path = routing.path(id("S"), id("T")).orElseThrow();

        assertThat(path.nodes()).containsExactly(id("S"), id("Y"), id("T"));
        assertThat(path.linkIds()).containsExactly(link("sy"), link("yt"));
        assertThat(path.metric()).isEqualTo(2);
        assertThat(path.hops()).isEqualTo(2);
        assertThat(routing.path(id("T"), id("S")).orElseThrow().nodes()).containsExactly(id("T"), id("Y"), id("S"));
        assertThat(routing.nextHop(id("S"), id("T"))).contains(id("Y"));
        assertThat(routing.nextLink(id("S"), id("T")).orElseThrow().id()).isEqualTo(link("sy"));
    }

    @Test
    void breaksATieBetweenParallelLinksTowardsTheFirstInFileOrder() {
        Routing routing = Routing.of(Networks.parallel());

        assertThat(routing.path(id("A"), id("B")).orElseThrow().linkIds()).containsExactly(link("p2"));
        assertThat(routing.path(id("B"), id("A")).orElseThrow().linkIds()).containsExactly(link("p2"));
    }

    @Test
    void prefersACheaperParallelLinkWhereverItIsListed() {
        Topology t = Networks.network().nodes("A", "B").link("slow", "A", "B", 5).link("fast", "A", "B", 2).build();

        assertThat(Routing.of(t).path(id("A"), id("B")).orElseThrow().linkIds()).containsExactly(link("fast"));
    }

    @Test
    void fallsBackToTheNextParallelLinkWhenTheFirstFails() {
        Topology t = Networks.parallel().withoutLink(link("p2"));

        assertThat(Routing.of(t).nextLink(id("A"), id("B")).orElseThrow().id()).isEqualTo(link("p1"));
        assertThat(Routing.of(t.withoutLink(link("p1"))).distance(id("A"), id("B"))).hasValue(2);
    }

    @Test
    void findsNoPathBetweenDisconnectedPieces() {
        Routing routing = Routing.of(Networks.disconnected());

        assertThat(routing.path(id("A"), id("C"))).isEmpty();
        assertThat(routing.distance(id("A"), id("C"))).isEmpty();
        assertThat(routing.nextLink(id("A"), id("C"))).isEmpty();
        assertThat(routing.nextHop(id("E"), id("A"))).isEmpty();
        assertThat(routing.ecmp(id("A"), id("E"))).isEmpty();
        assertThat(routing.kShortest(id("A"), id("D"), 3)).isEmpty();
        assertThat(routing.distance(id("C"), id("D"))).hasValue(1);
    }

    @Test
    void answersEmptyForNodesOutsideTheSnapshot() {
        Routing routing = Routing.of(Networks.diamond());
        NodeId ghost = id("ghost");

        assertThat(routing.path(ghost, id("T"))).isEmpty();
        assertThat(routing.path(id("S"), ghost)).isEmpty();
        assertThat(routing.distance(ghost, id("S"))).isEmpty();
        assertThat(routing.nextLink(id("S"), ghost)).isEmpty();
        assertThat(routing.ecmp(ghost, id("T"))).isEmpty();
        assertThat(routing.kShortest(id("S"), ghost, 2)).isEmpty();
        assertThat(routing.tableTo(ghost)).isEmpty();
    }

    @Test
    void routesANodeToItselfOnTheOneNodePath() {
        Routing routing = Routing.of(Networks.diamond());

        assertThat(routing.path(id("A"), id("A"))).contains(Path.trivial(id("A")));
        assertThat(routing.distance(id("A"), id("A"))).hasValue(0);
        assertThat(routing.nextLink(id("A"), id("A"))).isEmpty();
        assertThat(routing.kShortest(id("A"), id("A"), 3)).containsExactly(Path.trivial(id("A")));
        assertThat(routing.ecmp(id("A"), id("A")).orElseThrow().shares()).isEmpty();
    }

    @Test
    void reroutesAroundAFailedLink() {
        Topology square = Networks.tieSquare();

        Routing failed = Routing.of(square.withoutLink(link("yt")));

        assertThat(failed.path(id("S"), id("T")).orElseThrow().nodes()).containsExactly(id("S"), id("X"), id("T"));
        assertThat(failed.path(id("Y"), id("T")).orElseThrow().nodes()).containsExactly(id("Y"), id("S"), id("X"), id("T"));
        assertThat(failed.distance(id("Y"), id("T"))).hasValue(3);
        assertThat(Routing.of(square).distance(id("Y"), id("T"))).hasValue(1);
    }

    @Test
    void reroutesAroundAFailedNodeAndLosesItsRoutes() {
        Routing failed = Routing.of(Networks.tieSquare().withoutNode(id("Y")));

        assertThat(failed.path(id("S"), id("T")).orElseThrow().linkIds()).containsExactly(link("sx"), link("xt"));
        assertThat(failed.path(id("S"), id("Y"))).isEmpty();
    }

    @Test
    void exposesTheForwardingTableForHopByHopForwarding() {
        Routing routing = Routing.of(Networks.tieSquare());
        ForwardingTable toT = routing.tableTo(id("T")).orElseThrow();
        RoutingGraph g = routing.graph();

        assertThat(toT.destination()).isEqualTo(1);
        assertThat(toT.nextArc(1)).isEqualTo(ForwardingTable.NONE);
        assertThat(toT.nextHop(0)).isEqualTo(2);
        assertThat(g.linkId(toT.nextArc(0))).isEqualTo(link("sy"));
        assertThat(toT.distance(0)).isEqualTo(2);
        assertThat(toT.reachedCount()).isEqualTo(4);
        assertThat(toT.reached(0)).isEqualTo(1);
        assertThat(IntStream.range(0, 4).map(toT::reached).boxed()).containsExactly(1, 2, 3, 0);
        assertThat(routing.table(1)).isSameAs(toT);
    }

    @Test
    void givesTheSameAnswersFromManyThreads() {
        Topology t = RandomNetworks.connected(new java.util.Random(7), 200, 300, 3);
        Routing shared = Routing.of(t);
        Routing sequential = Routing.of(t);
        List<NodeId> ids = t.nodes().stream().map(n -> n.id()).collect(Collectors.toList());

        List<Path> parallel = ids.parallelStream().map(d -> shared.path(ids.get(0), d).orElseThrow())
                .collect(Collectors.toList());

        assertThat(parallel).isEqualTo(ids.stream().map(d -> sequential.path(ids.get(0), d).orElseThrow())
                .collect(Collectors.toList()));
    }

    @Test
    void rejectsANegativeK() {
        assertThatThrownBy(() -> Routing.of(Networks.diamond()).kShortest(id("S"), id("T"), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Routing.of(Networks.diamond()).kShortest(id("S"), id("T"), 0)).isEmpty();
    }
}
