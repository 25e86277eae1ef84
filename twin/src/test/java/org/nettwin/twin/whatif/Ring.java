package org.nettwin.twin.whatif;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.nettwin.model.scenario.FailedElements;
import org.nettwin.model.slice.Slice;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;

/**
 * A square ring A-B-C-D-A of 100 Mb/s links (1 ms each, metric 1) with a spur C-E, the test network whose answers
 * are worked out by hand: a pair's load divided by 100 Mb/s on every direction of its path.
 */
final class Ring {

    static final Instant AT = Instant.parse("2026-11-26T08:00:00Z");

    private Ring() {
    }

    static Topology topology() {
        return Topology.of("ring", List.of(Node.router("A"), Node.router("B"), Node.router("C"), Node.router("D"),
                Node.router("E")), List.of(link("ab", "A", "B"), link("bc", "B", "C"), link("cd", "C", "D"),
                link("da", "D", "A"), link("ce", "C", "E")));
    }

    private static Link link(String id, String a, String b) {
        return Link.between(id, a, b).capacity(DataRate.ofMbps(100)).delay(Duration.ofMillis(1)).build();
    }

    static TrafficMatrix traffic(Demand... demands) {
        return new TrafficMatrix(List.of(demands));
    }

    static Demand mbps(String from, String to, double rate) {
        return Demand.of(from, to, DataRate.ofMbps(rate));
    }

    static Baseline baseline(TrafficMatrix traffic, List<Slice> slices) {
        return new Baseline(AT, topology(), traffic, slices, FailedElements.NONE);
    }

    static WhatIfRequest request(Change... changes) {
        return new WhatIfRequest("test", Optional.empty(), List.of(changes), false, Duration.ofSeconds(10), 1);
    }
}
