package org.nettwin.model.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;

/** Dijkstra tables, paths and all-pairs distances against a Floyd-Warshall written here. */
class ShortestPathPropertiesTest {

    @Property(tries = 60)
    void agreesWithFloydWarshallOnRandomConnectedNetworks(@ForAll long seed,
                                                          @ForAll @IntRange(min = 1, max = 40) int n,
                                                          @ForAll @IntRange(min = 0, max = 40) int extra,
                                                          @ForAll @IntRange(min = 1, max = 20) int maxMetric) {
        Topology t = RandomNetworks.connected(new Random(seed), n, n - 1 + extra, maxMetric);
        long[][] expected = Reference.floydWarshall(t);
        Routing routing = Routing.of(t);
        AllPairs all = AllPairs.of(t);
        List<NodeId> ids = t.nodes().stream().map(x -> x.id()).toList();

        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertThat(routing.distance(ids.get(i), ids.get(j))).hasValue(expected[i][j]);
                assertThat(all.distance(i, j)).isEqualTo(expected[i][j]);
                assertThat(all.distance(ids.get(i), ids.get(j))).hasValue(expected[i][j]);
            }
        }
    }

    @Property(tries = 60)
    void reportsNoDistanceExactlyWhereFloydWarshallFindsNoPath(@ForAll long seed,
                                                              @ForAll @IntRange(min = 1, max = 30) int n,
                                                              @ForAll @IntRange(min = 0, max = 30) int m) {
        Topology t = RandomNetworks.sparse(new Random(seed), n, m, 5);
        long[][] expected = Reference.floydWarshall(t);
        Routing routing = Routing.of(t);
        AllPairs all = AllPairs.of(t);
        List<NodeId> ids = t.nodes().stream().map(x -> x.id()).toList();

        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean reachable = expected[i][j] < Reference.INF;
                assertThat(routing.distance(ids.get(i), ids.get(j)).isPresent()).isEqualTo(reachable);
                assertThat(routing.path(ids.get(i), ids.get(j)).isPresent()).isEqualTo(reachable);
                assertThat(all.reaches(i, j)).isEqualTo(reachable);
                if (reachable) {
                    assertThat(all.distance(i, j)).isEqualTo(expected[i][j]);
                }
            }
        }
    }

    /**
     * Every path is shortest, loopless, and takes at each node the lowest file-order neighbour that is on a
     * shortest path (Floyd-Warshall decides which are), then the lowest parallel link.
     */
    @Property(tries = 60)
    void followsTheFileOrderTieBreakAtEveryHop(@ForAll long seed,
                                              @ForAll @IntRange(min = 2, max = 25) int n,
                                              @ForAll @IntRange(min = 0, max = 40) int extra) {
        Topology t = RandomNetworks.connected(new Random(seed), n, n - 1 + extra, 2);
        long[][] fw = Reference.floydWarshall(t);
        Map<NodeId, Integer> index = Reference.indexes(t);
        Routing routing = Routing.of(t);

        for (int s = 0; s < n; s++) {
            for (int d = 0; d < n; d++) {
                NodeId dest = t.nodes().get(d).id();
                Path path = routing.path(t.nodes().get(s).id(), dest).orElseThrow();
                assertThat(path.metric()).isEqualTo(fw[s][d]);
                assertThat(path.isLoopless()).isTrue();
                for (int h = 0; h < path.hops(); h++) {
                    NodeId at = path.nodes().get(h);
                    assertThat(path.links().get(h)).isEqualTo(expectedNextLink(t, fw, index, at, d));
                }
            }
        }
    }

    private static Link expectedNextLink(Topology t, long[][] fw, Map<NodeId, Integer> index, NodeId at, int d) {
        int u = index.get(at);
        Link best = null;
        for (Link l : t.links()) {
            if (!l.touches(at)) {
                continue;
            }
            int v = index.get(l.opposite(at));
            if (l.metric() + fw[v][d] == fw[u][d] && (best == null || v < index.get(best.opposite(at)))) {
                best = l;
            }
        }
        return best;
    }
}
