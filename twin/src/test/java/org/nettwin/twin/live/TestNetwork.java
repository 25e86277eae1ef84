package org.nettwin.twin.live;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeKind;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.pipeline.CleanSeries;

/**
 * A small ring network with three hosts, a known matrix and the loads it puts on each link direction (worked out by
 * hand from the shortest paths, not by the model's routing), and helpers that feed a twin like the server would.
 */
final class TestNetwork {

    /** h1 - r1 - r2 - h2, r1 - r3 - r2 (longer way round), h3 on r3; 1 Gb/s, unit metrics. */
    static Topology topology() {
        return Topology.of("ring", List.of(Node.of("h1", NodeKind.HOST), Node.router("r1"), Node.router("r2"),
                Node.of("h2", NodeKind.HOST), Node.router("r3"), Node.of("h3", NodeKind.HOST)), List.of(
                link("L1", "h1", "r1"), link("L2", "r1", "r2"), link("L3", "r2", "h2"), link("L4", "r1", "r3"),
                link("L5", "r3", "r2"), link("L6", "r3", "h3")));
    }

    static TrafficMatrix truth() {
        return new TrafficMatrix(List.of(d("h1", "h2", 100), d("h2", "h1", 50), d("h1", "h3", 40),
                d("h3", "h1", 30), d("h2", "h3", 20), d("h3", "h2", 60)));
    }

    /** Loads (Mb/s) per "link:from" of {@link #truth()}: h1-h2 via L1 L2 L3, h1-h3 via L1 L4 L6, h2-h3 via L3 L5 L6. */
    static Map<String, Double> loads() {
        Map<String, Double> m = new HashMap<>();
        add(m, 100, "L1:h1", "L2:r1", "L3:r2");
        add(m, 50, "L3:h2", "L2:r2", "L1:r1");
        add(m, 40, "L1:h1", "L4:r1", "L6:r3");
        add(m, 30, "L6:h3", "L4:r3", "L1:r1");
        add(m, 20, "L3:h2", "L5:r2", "L6:r3");
        add(m, 60, "L6:h3", "L5:r3", "L3:r2");
        return m;
    }

    private final Topology topology = topology();
    private final Map<String, CleanSeries> series = new HashMap<>();

    /** The interface name of {@code node}'s end of {@code link}: eth k, k its position among the node's links. */
    String ifname(String node, String link) {
        List<Link> at = topology.linksAt(org.nettwin.model.topology.NodeId.of(node));
        for (int k = 0; k < at.size(); k++) {
            if (at.get(k).id().value().equals(link)) {
                return "eth" + k;
            }
        }
        throw new IllegalArgumentException(node + " has no link " + link);
    }

    /** Every interface's description and oper-status UP. */
    void describeAll(LiveTwin twin) {
        for (Link l : topology.links()) {
            for (String[] end : new String[][] {{l.a().value(), l.b().value()}, {l.b().value(), l.a().value()}}) {
                twin.observationSink().accept(text(end[0], ifname(end[0], l.id().value()), "description",
                        "link=" + l.id().value() + " peer=" + end[1]));
                operStatus(twin, end[0], l.id().value(), "UP");
            }
        }
    }

    void operStatus(LiveTwin twin, String node, String link, String status) {
        twin.observationSink().accept(text(node, ifname(node, link), "oper-status", status));
    }

    /** One second of out-octets samples (B/s) for every direction of {@code loadsMbps} (key "link:from"). */
    void second(LiveTwin twin, Instant at, Map<String, Double> loadsMbps, List<String> silent) {
        for (Link l : topology.links()) {
            for (String from : List.of(l.a().value(), l.b().value())) {
                if (silent.contains(from)) {
                    continue;
                }
                double mbps = loadsMbps.getOrDefault(l.id().value() + ":" + from, 0.0);
                String name = "/interfaces/interface[name=" + ifname(from, l.id().value())
                        + "]/state/counters/out-octets";
                twin.cleanSink().accept(series(from, name), at.toEpochMilli() * 1000, mbps * 1e6 / 8, 0);
            }
        }
    }

    CleanSeries series(String source, String name) {
        return series.computeIfAbsent(source + "|" + name, k -> new CleanSeries(series.size(), source, name, Map.of(),
                k, true));
    }

    static Measurement text(String device, String ifname, String leaf, String value) {
        String path = "/interfaces/interface[name=" + ifname + "]/state/" + leaf;
        return new Measurement(device, path, Map.of(), OptionalLong.empty(), MeasuredValue.of(value));
    }

    private static Link link(String id, String a, String b) {
        return Link.between(id, a, b).capacity(DataRate.ofGbps(1)).metric(1).build();
    }

    private static Demand d(String o, String t, double mbps) {
        return Demand.of(o, t, DataRate.ofMbps(mbps));
    }

    private static void add(Map<String, Double> m, double mbps, String... directions) {
        for (String d : directions) {
            m.merge(d, mbps, Double::sum);
        }
    }
}
