package org.nettwin.emulator.network;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeKind;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;
import org.nettwin.testkit.time.ManualClock;

/** Small topologies and leaf lookups for the emulator's tests. */
final class Nets {

    private Nets() {
    }

    /**
     * Hosts h1 and h2 joined by routers: h1-r1, r1-r2, r2-h2 (the short way) and r1-r3, r3-r2 (the detour), every
     * link 10 Gb/s, metric 1.
     */
    static Topology triangle() {
        List<Node> nodes = List.of(Node.of("h1", NodeKind.HOST), Node.of("h2", NodeKind.HOST), Node.router("r1"),
                Node.router("r2"), Node.router("r3"));
        List<Link> links = List.of(link("L1", "h1", "r1"), link("L2", "r1", "r2"), link("L3", "r2", "h2"),
                link("L4", "r1", "r3"), link("L5", "r3", "r2"));
        return Topology.of("triangle", nodes, links);
    }

    static Link link(String id, String a, String b) {
        return Link.between(id, a, b).capacity(DataRate.ofGbps(10)).build();
    }

    /** A ring of {@code n} routers with chords, about 1.5 links per node, all 10 Gb/s; every node sends to every other. */
    static Topology ring(int n) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(Node.router("n" + i));
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            links.add(link("R" + i, "n" + i, "n" + ((i + 1) % n)));
            if (i % 2 == 0) {
                links.add(link("C" + i, "n" + i, "n" + ((i + n / 3 + 1) % n)));
            }
        }
        return Topology.of("ring" + n, nodes, links);
    }

    static EmulatorSettings steady() {
        return EmulatorSettings.DEFAULTS.withTraffic(EmulatorSettings.DEFAULTS.traffic().steady());
    }

    static LeafValue leaf(EmulatedDevice device, String path) {
        for (Leaf leaf : device.leaves()) {
            if (leaf.path().equals(path) && leaf.labels().isEmpty()) {
                return leaf.value();
            }
        }
        throw new AssertionError(device.id() + " has no leaf " + path);
    }

    static LeafValue leaf(EmulatedDevice device, String name, Map<String, String> labels) {
        for (Leaf leaf : device.leaves()) {
            if (leaf.path().equals(name) && leaf.labels().equals(labels)) {
                return leaf.value();
            }
        }
        throw new AssertionError(device.id() + " has no leaf " + name + labels);
    }

    static long counter(EmulatedDevice device, String iface, String counter) {
        return ((LeafValue.Counter) leaf(device, OpenConfigPaths.counter(iface, counter))).value();
    }

    static String oper(EmulatedDevice device, String iface) {
        return ((LeafValue.Text) leaf(device, OpenConfigPaths.iface(iface, "state/oper-status"))).value();
    }

    static EmulatedDevice device(EmulatedNetwork net, String id) {
        return net.device(id).orElseThrow();
    }

    /** Advances the network and its true clock together. */
    static void advance(EmulatedNetwork net, ManualClock clock, Duration by) {
        net.advance(by);
        clock.advance(by);
    }

    /** The true mean carried rate of a direction over the last completed second, bit/s. */
    static double carried(EmulatedNetwork net, String link, String from) {
        return net.truth().latest().orElseThrow().direction(org.nettwin.model.topology.LinkId.of(link),
                org.nettwin.model.topology.NodeId.of(from)).orElseThrow().carried().bitsPerSecond();
    }
}
