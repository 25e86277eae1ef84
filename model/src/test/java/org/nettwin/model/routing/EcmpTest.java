package org.nettwin.model.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.nettwin.model.routing.Networks.id;
import static org.nettwin.model.routing.Networks.link;

import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;

class EcmpTest {

    @Test
    void splitsADiamondInHalves() {
        EcmpSet set = Routing.of(Networks.diamond()).ecmp(id("S"), id("T")).orElseThrow();

        assertThat(set.metric()).isEqualTo(2);
        assertThat(set.shares()).hasSize(4);
        assertThat(set.fraction(link("sa"), id("S"))).isEqualTo(0.5);
        assertThat(set.fraction(link("sb"), id("S"))).isEqualTo(0.5);
        assertThat(set.fraction(link("at"), id("A"))).isEqualTo(0.5);
        assertThat(set.fraction(link("bt"), id("B"))).isEqualTo(0.5);
        assertThat(set.fraction(link("at"), id("T"))).isZero();
        assertThat(set.shares().get(0).from()).isEqualTo(id("S"));
    }

    @Test
    void splitsEveryDiamondOfAChainInHalvesAndJoinsAgain() {
        EcmpSet set = Routing.of(Networks.diamondChain()).ecmp(id("N0"), id("N3")).orElseThrow();

        assertThat(set.metric()).isEqualTo(6);
        assertThat(set.shares()).hasSize(12).allSatisfy(s -> assertThat(s.fraction()).isEqualTo(0.5));
        for (int i = 0; i < 3; i++) {
            assertThat(set.fractionLeaving(id("N" + i))).isEqualTo(1.0);
            assertThat(set.fractionEntering(id("N" + (i + 1)))).isEqualTo(1.0);
            assertThat(set.fraction(link("bn" + i), id("B" + i))).isEqualTo(0.5);
        }
    }

    @Test
    void splitsPerHopNotPerPath() {
        EcmpSet set = Routing.of(Networks.unevenDag()).ecmp(id("S"), id("T")).orElseThrow();

        assertThat(set.fraction(link("sa"), id("S"))).isEqualTo(0.5);
        assertThat(set.fraction(link("at"), id("A"))).isEqualTo(0.5);
        assertThat(set.fraction(link("sb"), id("S"))).isEqualTo(0.5);
        assertThat(set.fraction(link("bx"), id("B"))).isEqualTo(0.25);
        assertThat(set.fraction(link("yt"), id("Y"))).isEqualTo(0.25);
    }

    @Test
    void countsParallelLinksAsSeparateWays() {
        Topology t = Networks.network().nodes("A", "B", "C")
                .link("ab1", "A", "B", 1).link("ab2", "A", "B", 1).link("ac", "A", "C", 1).link("cb", "C", "B", 1)
                .link("slow", "A", "B", 3).build();
        EcmpSet set = Routing.of(t).ecmp(id("A"), id("B")).orElseThrow();

        assertThat(set.shares()).extracting(EcmpSet.Share::link).containsExactly(link("ab1"), link("ab2"));
        assertThat(set.fraction(link("ab1"), id("A"))).isEqualTo(0.5);
        assertThat(set.fraction(link("slow"), id("A"))).isZero();
    }

    /** Out of the source sums to 1, into the destination to 1, in = out elsewhere, and every arc is on a shortest path. */
    @Property(tries = 60)
    void conservesTheSplitTrafficOnShortestPathsOnly(@ForAll long seed,
                                                     @ForAll @IntRange(min = 2, max = 30) int n,
                                                     @ForAll @IntRange(min = 0, max = 50) int extra) {
        Topology t = RandomNetworks.connected(new Random(seed), n, n - 1 + extra, 2);
        long[][] fw = Reference.floydWarshall(t);
        Map<NodeId, Integer> index = Reference.indexes(t);
        Routing routing = Routing.of(t);
        Random pick = new Random(seed + 1);
        for (int trial = 0; trial < 10; trial++) {
            int s = pick.nextInt(n);
            int d = (s + 1 + pick.nextInt(n - 1)) % n;
            NodeId from = t.nodes().get(s).id();
            NodeId to = t.nodes().get(d).id();
            EcmpSet set = routing.ecmp(from, to).orElseThrow();

            assertThat(set.metric()).isEqualTo(fw[s][d]);
            assertThat(set.fractionLeaving(from)).isCloseTo(1.0, within(1e-9));
            assertThat(set.fractionEntering(to)).isCloseTo(1.0, within(1e-9));
            assertThat(set.fractionEntering(from)).isZero();
            assertThat(set.fractionLeaving(to)).isZero();
            for (NodeId node : index.keySet()) {
                if (!node.equals(from) && !node.equals(to)) {
                    assertThat(set.fractionLeaving(node)).isCloseTo(set.fractionEntering(node), within(1e-9));
                }
            }
            for (EcmpSet.Share share : set.shares()) {
                Link l = t.link(share.link()).orElseThrow();
                assertThat(fw[s][index.get(share.from())] + l.metric() + fw[index.get(share.to())][d]).isEqualTo(fw[s][d]);
            }
            assertThat(shortestPathArcs(t, fw, index, s, d)).isEqualTo(set.shares().size());
        }
    }

    /** The number of link directions on some shortest s-d path. */
    private static long shortestPathArcs(Topology t, long[][] fw, Map<NodeId, Integer> index, int s, int d) {
        long count = 0;
        for (Link l : t.links()) {
            for (List<NodeId> dir : List.of(List.of(l.a(), l.b()), List.of(l.b(), l.a()))) {
                if (fw[s][index.get(dir.get(0))] + l.metric() + fw[index.get(dir.get(1))][d] == fw[s][d]) {
                    count++;
                }
            }
        }
        return count;
    }
}
