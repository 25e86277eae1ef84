package org.nettwin.server.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nettwin.model.topology.Cell;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.NodeKind;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;

/**
 * A synthetic 5G metro network for soak tests, sized by its number of radio sites: 4 core routers (full mesh,
 * 100 Gb/s), 8 aggregation routers (a 40 Gb/s ring, each dual-homed to two cores), one access router per 5 sites
 * (10 Gb/s, dual-homed to two aggregation routers), the radio sites (gNBs with 2 cells each, dual-homed to two access
 * routers at 10 Gb/s), 4 core servers on the core routers and one edge server per aggregation router.
 */
final class SoakNetwork {

    private static final DataRate G10 = DataRate.ofGbps(10);
    private static final DataRate G40 = DataRate.ofGbps(40);
    private static final DataRate G100 = DataRate.ofGbps(100);

    private final List<Node> nodes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    private SoakNetwork() {
    }

    /** The network with {@code sites} radio sites (at least 5). */
    static Topology of(int sites) {
        if (sites < 5) {
            throw new IllegalArgumentException("a soak network needs at least 5 radio sites, got " + sites);
        }
        SoakNetwork n = new SoakNetwork();
        n.build(sites);
        return Topology.of("soak-metro-" + sites, n.nodes, n.links);
    }

    private void build(int sites) {
        for (int c = 0; c < 4; c++) {
            nodes.add(Node.router("core" + c));
            for (int d = 0; d < c; d++) {
                link("core" + d, "core" + c, G100, 1);
            }
            nodes.add(Node.of("dc" + c, NodeKind.CORE));
            link("dc" + c, "core" + c, G100, 0);
        }
        for (int a = 0; a < 8; a++) {
            nodes.add(Node.router("agg" + a));
            if (a > 0) {
                link("agg" + (a - 1), "agg" + a, G40, 2);
            }
            link("agg" + a, "core" + (a % 4), G40, 1);
            link("agg" + a, "core" + ((a + 1) % 4), G40, 1);
            nodes.add(Node.of("edge" + a, NodeKind.EDGE));
            link("edge" + a, "agg" + a, G40, 0);
        }
        link("agg7", "agg0", G40, 2);
        int access = (sites + 4) / 5;
        for (int r = 0; r < access; r++) {
            nodes.add(Node.router("acc" + r));
            link("acc" + r, "agg" + (r % 8), G10, 1);
            link("acc" + r, "agg" + ((r + 1) % 8), G10, 1);
        }
        for (int s = 0; s < sites; s++) {
            String id = "gnb" + s;
            List<Cell> cells = List.of(new Cell("c1", "n78", 100, DataRate.ofMbps(1_500)),
                    new Cell("c2", "n78", 100, DataRate.ofMbps(1_500)));
            nodes.add(new Node(NodeId.of(id), id, NodeKind.GNB, Optional.empty(), cells, Map.of()));
            link(id, "acc" + (s % access), G10, 1);
            link(id, "acc" + ((s + 1) % access), G10, 1);
        }
    }

    private void link(String a, String b, DataRate capacity, int km) {
        links.add(Link.between("L" + links.size() + "-" + a + "-" + b, a, b).capacity(capacity)
                .delay(Duration.ofNanos(Math.max(1, km) * 5_000L)).build());
    }
}
