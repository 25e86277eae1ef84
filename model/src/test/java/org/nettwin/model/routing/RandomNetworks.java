package org.nettwin.model.routing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;

/**
 * Random networks for property tests. Node ids are random so that id order never coincides with file order, and
 * links come in random order; small metric ranges make ties (and parallel links) common.
 */
final class RandomNetworks {

    private RandomNetworks() {
    }

    /**
     * A connected network of {@code n} nodes and {@code m >= n - 1} links (none for a single node): a random
     * spanning tree plus extras.
     */
    static Topology connected(Random random, int n, int m, int maxMetric) {
        List<Node> nodes = nodes(random, n);
        List<int[]> pairs = new ArrayList<>();
        List<Integer> joinOrder = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            joinOrder.add(i);
        }
        Collections.shuffle(joinOrder, random);
        for (int i = 1; i < n; i++) {
            pairs.add(new int[] {joinOrder.get(i), joinOrder.get(random.nextInt(i))});
        }
        addRandomPairs(random, n, m - (n - 1), pairs);
        return build(random, nodes, pairs, maxMetric);
    }

    /** A network of {@code n} nodes and {@code m} random links, often not connected (a single node gets no links). */
    static Topology sparse(Random random, int n, int m, int maxMetric) {
        List<int[]> pairs = new ArrayList<>();
        addRandomPairs(random, n, m, pairs);
        return build(random, nodes(random, n), pairs, maxMetric);
    }

    private static List<Node> nodes(Random random, int n) {
        List<Node> nodes = new ArrayList<>();
        List<Integer> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(i);
        }
        Collections.shuffle(names, random);
        for (int i = 0; i < n; i++) {
            nodes.add(Node.router("r" + names.get(i)));
        }
        return nodes;
    }

    private static void addRandomPairs(Random random, int n, int count, List<int[]> pairs) {
        if (n < 2) {
            return;
        }
        for (int k = 0; k < count; k++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n - 1);
            pairs.add(new int[] {a, b >= a ? b + 1 : b});
        }
    }

    private static Topology build(Random random, List<Node> nodes, List<int[]> pairs, int maxMetric) {
        Collections.shuffle(pairs, random);
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            int[] p = pairs.get(i);
            boolean flip = random.nextBoolean();
            Node a = nodes.get(flip ? p[1] : p[0]);
            Node b = nodes.get(flip ? p[0] : p[1]);
            links.add(Link.between("l" + i, a.id().value(), b.id().value())
                    .metric(1 + random.nextInt(maxMetric))
                    .capacity(DataRate.ofMbps(10 + random.nextInt(1000)))
                    .build());
        }
        return Topology.of("random", nodes, links);
    }
}
