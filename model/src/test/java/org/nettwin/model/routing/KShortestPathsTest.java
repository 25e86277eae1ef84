package org.nettwin.model.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nettwin.model.routing.Networks.id;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;

class KShortestPathsTest {

    @Test
    void listsTheYenExamplePathsByMetricThenNodeOrder() {
        List<Path> paths = Routing.of(Networks.yen()).kShortest(id("C"), id("H"), 8);

        assertThat(paths).extracting(KShortestPathsTest::spelled).containsExactly(
                "5 CEFH", "7 CDEFH", "7 CEGH", "8 CDFH", "8 CEDFH", "8 CEFGH", "8 CEGFH", "9 CDEGH");
        assertThat(paths).allSatisfy(p -> assertThat(p.isLoopless()).isTrue());
    }

    @Test
    void stopsWhenThereAreNoMoreLooplessPaths() {
        Routing routing = Routing.of(Networks.yen());

        List<Path> paths = routing.kShortest(id("C"), id("H"), 100);

        assertThat(paths).hasSize(13);
        assertThat(spelled(paths.get(12))).isEqualTo("14 CDFEGH");
        assertThat(paths.get(0)).isEqualTo(routing.path(id("C"), id("H")).orElseThrow());
    }

    @Test
    void listsParallelLinksAsDistinctPathsInLinkOrder() {
        List<Path> paths = Routing.of(Networks.parallel()).kShortest(id("A"), id("B"), 5);

        assertThat(paths).extracting(p -> p.linkIds().get(0).value()).containsExactly("p2", "p1", "p0");
        assertThat(paths).extracting(Path::metric).containsExactly(1L, 1L, 2L);
    }

    @Test
    void findsBothWaysOfTheTieSquareLowestNextHopFirst() {
        List<Path> paths = Routing.of(Networks.tieSquare()).kShortest(id("S"), id("T"), 3);

        assertThat(paths).extracting(KShortestPathsTest::spelled).containsExactly("2 SYT", "2 SXT");
    }

    /** Yen's first k paths are the first k of all loopless paths, enumerated exhaustively and sorted here. */
    @Property(tries = 80)
    void agreesWithExhaustiveEnumeration(@ForAll long seed,
                                         @ForAll @IntRange(min = 2, max = 7) int n,
                                         @ForAll @IntRange(min = 0, max = 7) int extra,
                                         @ForAll @IntRange(min = 1, max = 12) int k) {
        Random random = new Random(seed);
        Topology t = random.nextInt(4) == 0
                ? RandomNetworks.sparse(random, n, n + extra, 3)
                : RandomNetworks.connected(random, n, n - 1 + extra, 3);
        NodeId from = t.nodes().get(random.nextInt(n)).id();
        NodeId to = t.nodes().get(random.nextInt(n)).id();
        if (from.equals(to)) {
            return;
        }
        List<List<Link>> all = Reference.allSimplePaths(t, from, to);
        all.sort(totalOrder(t, from));
        List<List<LinkId>> expected = new ArrayList<>();
        for (List<Link> p : all.subList(0, Math.min(k, all.size()))) {
            expected.add(p.stream().map(Link::id).toList());
        }

        List<Path> paths = Routing.of(t).kShortest(from, to, k);

        assertThat(paths).extracting(Path::linkIds).isEqualTo(expected);
    }

    /** (metric, node file-order indexes lexicographically, link file-order indexes lexicographically). */
    private static Comparator<List<Link>> totalOrder(Topology t, NodeId from) {
        Map<NodeId, Integer> nodeIndex = Reference.indexes(t);
        List<Link> links = t.links();
        Comparator<List<Link>> byMetric = Comparator.comparingLong(p -> p.stream().mapToLong(Link::metric).sum());
        return byMetric
                .thenComparing((p, q) -> Arrays.compare(nodeIndexes(p, from, nodeIndex), nodeIndexes(q, from, nodeIndex)))
                .thenComparing((p, q) -> Arrays.compare(p.stream().mapToInt(links::indexOf).toArray(),
                        q.stream().mapToInt(links::indexOf).toArray()));
    }

    private static int[] nodeIndexes(List<Link> path, NodeId from, Map<NodeId, Integer> nodeIndex) {
        int[] out = new int[path.size() + 1];
        NodeId at = from;
        out[0] = nodeIndex.get(at);
        for (int i = 0; i < path.size(); i++) {
            at = path.get(i).opposite(at);
            out[i + 1] = nodeIndex.get(at);
        }
        return out;
    }

    private static String spelled(Path p) {
        StringBuilder s = new StringBuilder(p.metric() + " ");
        p.nodes().forEach(node -> s.append(node.value()));
        return s.toString();
    }
}
