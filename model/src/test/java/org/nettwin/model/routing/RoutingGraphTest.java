package org.nettwin.model.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nettwin.model.routing.Networks.id;
import static org.nettwin.model.routing.Networks.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;

class RoutingGraphTest {

    @Test
    void numbersNodesAndLinksInFileOrderWithTwoArcsPerLink() {
        RoutingGraph g = RoutingGraph.of(Networks.tieSquare());

        assertThat(g.nodeCount()).isEqualTo(4);
        assertThat(g.linkCount()).isEqualTo(4);
        assertThat(g.arcCount()).isEqualTo(8);
        assertThat(g.indexOf(id("Y"))).hasValue(2);
        assertThat(g.indexOf(id("nowhere"))).isEmpty();
        assertThat(g.linkIndexOf(link("sy"))).hasValue(2);
        assertThat(g.linkIndexOf(link("nothing"))).isEmpty();
        int sy = 2 * 2;
        assertThat(g.tail(sy)).isEqualTo(0);
        assertThat(g.head(sy)).isEqualTo(2);
        assertThat(g.isForward(sy)).isTrue();
        assertThat(g.reverse(sy)).isEqualTo(sy + 1);
        assertThat(g.tail(sy + 1)).isEqualTo(2);
        assertThat(g.isForward(sy + 1)).isFalse();
        assertThat(g.linkId(sy + 1)).isEqualTo(link("sy"));
        assertThat(g.arcOf(2, 2)).isEqualTo(sy + 1);
        assertThatThrownBy(() -> g.arcOf(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsTheArcsOfANodeByNeighbourThenByLink() {
        Topology t = Networks.network().nodes("A", "B", "C")
                .link("ac", "A", "C", 1).link("ab2", "A", "B", 1).link("ab1", "B", "A", 1).build();
        RoutingGraph g = RoutingGraph.of(t);

        List<String> out = new ArrayList<>();
        for (int i = g.outBegin(0); i < g.outEnd(0); i++) {
            out.add(g.linkId(g.outArc(i)).value() + ">" + g.nodeId(g.head(g.outArc(i))));
        }

        assertThat(out).containsExactly("ab2>B", "ab1>B", "ac>C");
        assertThat(g.degree(0)).isEqualTo(3);
        assertThat(g.degree(2)).isEqualTo(1);
    }

    @Test
    void carriesMetricAndCapacityOnBothDirections() {
        Topology t = Networks.network().nodes("A", "B").link("ab", "A", "B", 7, 40).build();
        RoutingGraph g = RoutingGraph.of(t);

        assertThat(g.metric(0)).isEqualTo(7);
        assertThat(g.metric(1)).isEqualTo(7);
        assertThat(g.capacity(0)).isEqualTo(DataRate.ofMbps(40));
        assertThat(g.capacity(1)).isEqualTo(DataRate.ofMbps(40));
        assertThat(g.link(0).id()).isEqualTo(link("ab"));
        assertThat(g.topology()).isSameAs(t);
    }

    @Test
    void viewsAFailureSnapshotWithoutTheRemovedElements() {
        Topology t = Networks.tieSquare().withoutNode(id("Y"));
        RoutingGraph g = RoutingGraph.of(t);

        assertThat(g.nodeCount()).isEqualTo(3);
        assertThat(g.linkCount()).isEqualTo(2);
        assertThat(g.indexOf(id("X"))).hasValue(2);
    }

    @Test
    void viewsAnEmptyNetwork() {
        RoutingGraph g = RoutingGraph.of(Topology.of("empty", List.of(), List.of()));

        assertThat(g.nodeCount()).isZero();
        assertThat(g.arcCount()).isZero();
    }

    @Property(tries = 30)
    void groupsEveryArcUnderItsTailSortedByHeadThenLink(@ForAll long seed, @ForAll @IntRange(min = 2, max = 30) int n) {
        Random random = new Random(seed);
        Topology t = RandomNetworks.sparse(random, n, 2 * n, 3);
        RoutingGraph g = RoutingGraph.of(t);

        boolean[] seen = new boolean[g.arcCount()];
        for (int u = 0; u < n; u++) {
            for (int i = g.outBegin(u); i < g.outEnd(u); i++) {
                int arc = g.outArc(i);
                seen[arc] = true;
                assertThat(g.tail(arc)).isEqualTo(u);
                Link l = g.link(g.linkOf(arc));
                assertThat(g.nodeId(u)).isEqualTo(g.isForward(arc) ? l.a() : l.b());
                if (i > g.outBegin(u)) {
                    int prev = g.outArc(i - 1);
                    assertThat(g.head(prev) < g.head(arc) || g.head(prev) == g.head(arc) && prev < arc).isTrue();
                }
            }
        }
        assertThat(seen).doesNotContain(false);
    }
}
