package org.nettwin.server.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nettwin.model.slice.Slice;
import org.nettwin.model.slice.SlaTarget;

/** One line describing a slice and its SLA target for the human topology summary. */
final class SliceLine {

    private SliceLine() {
    }

    static String of(Slice slice) {
        SlaTarget sla = slice.sla();
        List<String> promises = new ArrayList<>();
        sla.maxLatency().ifPresent(d -> promises.add(String.format(Locale.ROOT, "latency <= %.3g ms", d.toNanos() / 1e6)));
        sla.maxLossRatio().ifPresent(r -> promises.add("loss <= " + r));
        sla.minThroughput().ifPresent(r -> promises.add("throughput >= " + r));
        sla.minAvailability().ifPresent(a -> promises.add("availability >= " + a));
        return slice.id() + " (" + slice.type().name().toLowerCase(Locale.ROOT) + "): "
                + (promises.isEmpty() ? "no SLA target" : String.join(", ", promises)) + "; " + slice.endpoints().size()
                + " endpoints, " + slice.demandIds().size() + " demands";
    }
}
