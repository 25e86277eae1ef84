package org.nettwin.model.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nettwin.model.routing.Networks.id;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nettwin.model.topology.Topology;

class AllPairsTest {

    @Test
    void measuresEveryPairOfTheYenGraph() {
        AllPairs all = AllPairs.of(Networks.yen());

        assertThat(all.size()).isEqualTo(6);
        assertThat(all.distance(id("C"), id("H"))).hasValue(5);
        assertThat(all.distance(id("H"), id("C"))).hasValue(5);
        assertThat(all.distance(id("D"), id("G"))).hasValue(4);
        assertThat(all.distance(id("G"), id("G"))).hasValue(0);
        assertThat(all.row(0)).containsExactly(0, 3, 2, 4, 5, 5);
        assertThat(all.metricDiameter()).isEqualTo(5);
    }

    @Test
    void leavesUnreachablePairsEmpty() {
        AllPairs all = AllPairs.of(Networks.disconnected());

        assertThat(all.distance(id("A"), id("C"))).isEmpty();
        assertThat(all.distance(0, 2)).isEqualTo(AllPairs.UNREACHABLE);
        assertThat(all.reaches(0, 1)).isTrue();
        assertThat(all.distance(id("A"), id("nowhere"))).isEmpty();
        assertThat(all.metricDiameter()).isEqualTo(1);
    }

    @Test
    void handlesAnEmptyNetwork() {
        AllPairs all = AllPairs.of(Topology.of("empty", List.of(), List.of()));

        assertThat(all.size()).isZero();
        assertThat(all.metricDiameter()).isZero();
    }

    /** The Kdl Topology Zoo network has 754 nodes and 899 links; the brief asks for well under a second. */
    @Test
    void computesAKdlSizedNetworkQuicklyAndExactly() {
        Topology t = RandomNetworks.connected(new Random(899), 754, 899, 100);
        RoutingGraph graph = RoutingGraph.of(t);
        long[] millis = new long[7];
        AllPairs all = AllPairs.of(graph);
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            all = AllPairs.of(graph);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("all-pairs on 754 nodes / 899 links: min %d ms, median %d ms, max %d ms%n",
                millis[0], millis[millis.length / 2], millis[millis.length - 1]);

        assertThat(millis[millis.length / 2]).isLessThan(1000);
        long[][] expected = Reference.floydWarshall(t);
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.row(i)).isEqualTo(expected[i]);
        }
    }
}
