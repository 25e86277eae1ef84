package org.nettwin.server.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nettwin.model.network.Network;
import org.nettwin.model.routing.DirectedLoad;
import org.nettwin.model.routing.LinkLoads;
import org.nettwin.model.routing.LoadComputation;
import org.nettwin.model.routing.RoutingMode;
import org.nettwin.model.topology.CapacitySource;
import org.nettwin.model.topology.Link;

/**
 * The "most loaded links" part of the human topology summary: the file's demands routed on shortest paths
 * (the instant what-if of the static load computation), the busiest link directions first.
 */
record LoadReport(Network network, LinkLoads loads, int top) {

    static LoadReport of(Network network, int top) {
        LinkLoads loads = LoadComputation.of(network.topology()).route(network.demands(), RoutingMode.SHORTEST_PATH);
        return new LoadReport(network, loads, top);
    }

    List<String> lines() {
        List<String> out = new ArrayList<>();
        if (network.demands().isEmpty() || top == 0) {
            return out;
        }
        out.add("");
        out.add(String.format(Locale.ROOT, "Most loaded links (%d demands, %s in total, routed on shortest paths):",
                network.demands().size(), network.demands().total()));
        out.add(String.format(Locale.ROOT, "  %-28s %-28s %12s %12s %8s", "link", "direction", "load", "capacity",
                "util"));
        for (DirectedLoad d : loads.mostLoaded(top)) {
            if (d.load().isZero()) {
                break;
            }
            boolean known = network.topology().link(d.link()).map(Link::capacitySource)
                    .map(s -> s != CapacitySource.DEFAULT).orElse(false);
            String util = Double.isInfinite(d.utilisation()) ? "inf" : String.format(Locale.ROOT, "%.1f%%",
                    100 * d.utilisation());
            out.add(String.format(Locale.ROOT, "  %-28s %-28s %12s %12s %8s%s", clip(d.link().value()),
                    clip(d.from() + " -> " + d.to()), d.load(), d.capacity(), util,
                    known ? "" : "  (capacity assumed)"));
        }
        loads.max().ifPresent(m -> out.add(String.format(Locale.ROOT, "  maximum utilisation: %.1f%% on %s %s -> %s",
                100 * m.utilisation(), m.link(), m.from(), m.to())));
        if (!loads.unrouted().isEmpty()) {
            out.add("  unrouted demands (no path): " + loads.unrouted().size() + ", " + loads.unroutedRate());
        }
        return out;
    }

    private static String clip(String text) {
        return text.length() <= 28 ? text : text.substring(0, 25) + "...";
    }
}
