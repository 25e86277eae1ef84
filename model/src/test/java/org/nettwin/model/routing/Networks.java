package org.nettwin.model.routing;

import java.util.ArrayList;
import java.util.List;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;

/** Hand-built small networks whose routes are worked out by hand in the tests. */
final class Networks {

    private Networks() {
    }

    static NodeId id(String node) {
        return NodeId.of(node);
    }

    static LinkId link(String link) {
        return LinkId.of(link);
    }

    static Builder network() {
        return new Builder();
    }

    /** Builds a topology: nodes in the order given, links with a metric and a capacity in Mb/s (default 100). */
    static final class Builder {
        private final List<Node> nodes = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();

        Builder nodes(String... ids) {
            for (String id : ids) {
                nodes.add(Node.router(id));
            }
            return this;
        }

        Builder link(String id, String a, String b, int metric) {
            return link(id, a, b, metric, 100);
        }

        Builder link(String id, String a, String b, int metric, double mbps) {
            links.add(Link.between(id, a, b).metric(metric).capacity(DataRate.ofMbps(mbps)).build());
            return this;
        }

        Topology build() {
            return Topology.of("test", nodes, links);
        }
    }

    /**
     * Two equal-cost ways from S to T, via X and via Y, where Y comes before X in file order but the links via X
     * come first: S, T, Y, X; sx, xt, sy, yt all metric 1.
     */
    static Topology tieSquare() {
        return network().nodes("S", "T", "Y", "X")
                .link("sx", "S", "X", 1).link("xt", "X", "T", 1).link("sy", "S", "Y", 1).link("yt", "Y", "T", 1)
                .build();
    }

    /** A and B joined by three parallel links: p2 (metric 1), p1 (metric 1) and p0 (metric 2), in that order. */
    static Topology parallel() {
        return network().nodes("A", "B").link("p2", "A", "B", 1).link("p1", "A", "B", 1).link("p0", "A", "B", 2).build();
    }

    /** Two pieces A-B and C-D, and E alone. */
    static Topology disconnected() {
        return network().nodes("A", "B", "C", "D", "E").link("ab", "A", "B", 1).link("cd", "C", "D", 1).build();
    }

    /** S to T over A or B, all metric 1. */
    static Topology diamond() {
        return network().nodes("S", "A", "B", "T")
                .link("sa", "S", "A", 1).link("sb", "S", "B", 1).link("at", "A", "T", 1).link("bt", "B", "T", 1)
                .build();
    }

    /** Three diamonds in a row: N0 to N3 over Ai or Bi between Ni and Ni+1, all metric 1. */
    static Topology diamondChain() {
        Builder b = network();
        for (int i = 0; i < 3; i++) {
            b.nodes("N" + i, "A" + i, "B" + i);
        }
        b.nodes("N3");
        for (int i = 0; i < 3; i++) {
            b.link("na" + i, "N" + i, "A" + i, 1).link("nb" + i, "N" + i, "B" + i, 1)
                    .link("an" + i, "A" + i, "N" + (i + 1), 1).link("bn" + i, "B" + i, "N" + (i + 1), 1);
        }
        return b.build();
    }

    /**
     * Three shortest S-T paths of metric 3 that per-hop equal split does not weigh equally: S-A-T (1 + 2) and
     * S-B-X-T, S-B-Y-T (1 + 1 + 1).
     */
    static Topology unevenDag() {
        return network().nodes("S", "A", "B", "X", "Y", "T")
                .link("sa", "S", "A", 1).link("sb", "S", "B", 1).link("at", "A", "T", 2)
                .link("bx", "B", "X", 1).link("by", "B", "Y", 1).link("xt", "X", "T", 1).link("yt", "Y", "T", 1)
                .build();
    }

    /** The classic Yen example graph, undirected: C, D, E, F, G, H. */
    static Topology yen() {
        return network().nodes("C", "D", "E", "F", "G", "H")
                .link("cd", "C", "D", 3).link("ce", "C", "E", 2).link("df", "D", "F", 4).link("ed", "E", "D", 1)
                .link("ef", "E", "F", 2).link("eg", "E", "G", 3).link("fg", "F", "G", 2).link("fh", "F", "H", 1)
                .link("gh", "G", "H", 2)
                .build();
    }

    /**
     * A triangle with a tie: ab (A-B, metric 1, 100 Mb/s), bc (B-C, metric 1, 100 Mb/s), ca (C-A, metric 2,
     * 50 Mb/s), so A-C is as short directly as via B.
     */
    static Topology triangle() {
        return network().nodes("A", "B", "C")
                .link("ab", "A", "B", 1, 100).link("bc", "B", "C", 1, 100).link("ca", "C", "A", 2, 50)
                .build();
    }
}
