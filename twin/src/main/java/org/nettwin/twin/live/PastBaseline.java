package org.nettwin.twin.live;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.nettwin.model.network.Network;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;
import org.nettwin.store.TwinStore;
import org.nettwin.store.events.Event;
import org.nettwin.store.series.EntityKind;
import org.nettwin.store.series.Points;
import org.nettwin.store.series.RegisteredSeries;
import org.nettwin.store.series.SeriesFilter;
import org.nettwin.twin.matrix.LinkDirection;
import org.nettwin.twin.matrix.LinkObservation;
import org.nettwin.twin.matrix.TomogravityEstimator;
import org.nettwin.twin.whatif.Baseline;

/**
 * The baseline of a past moment {@code t} from the repository: the network in force at {@code t}, without the links
 * and nodes whose down alarm was active then; link loads averaged over [t − 30 s, t] from the stored out-octets
 * series of each interface ({@link SeriesNaming#OUT_OCTETS_METRIC}, entity {@code device/ifname}), mapped to links with the
 * interface configuration recorded then ({@code interface.<if>.link}); the matrix estimated from them by tomogravity.
 */
final class PastBaseline {

    static final String OUT_OCTETS_METRIC = SeriesNaming.OUT_OCTETS_METRIC;
    static final Duration WINDOW = Duration.ofSeconds(30);

    private final TwinStore store;
    private final boolean nodeTotals;

    PastBaseline(TwinStore store, boolean nodeTotals) {
        this.store = store;
        this.nodeTotals = nodeTotals;
    }

    /**
     * The baseline at {@code t} as known at {@code knownAt}; pass a moment a little after now for "everything recorded
     * so far" (the store numbers record times strictly increasing, so records made within one microsecond get
     * record times just after it).
     */
    Baseline at(Instant t, Instant knownAt) {
        Network network = store.history().asOf(t, knownAt).orElseThrow(() -> new NoSuchElementException(
                "no network version recorded at or before " + t));
        Topology topology = withoutDown(network.topology(), t);
        Map<LinkDirection, DataRate> loads = new HashMap<>();
        for (Node n : topology.nodes()) {
            String device = n.id().value();
            for (Map.Entry<String, String> c : store.history().configAsOf(device, t, knownAt).entrySet()) {
                String key = c.getKey();
                if (key.startsWith("interface.") && key.endsWith(".link")) {
                    String ifname = key.substring("interface.".length(), key.length() - ".link".length());
                    load(topology, device, ifname, c.getValue(), t).ifPresent(r ->
                            loads.put(new LinkDirection(LinkId.of(c.getValue()), n.id()), r));
                }
            }
        }
        if (loads.isEmpty()) {
            throw new NoSuchElementException("no link loads stored in the 30 s before " + t);
        }
        Topology live = LiveTopology.largestPart(topology);
        loads.keySet().removeIf(d -> live.link(d.link()).isEmpty());
        LinkObservation obs = LinkObservation.of(loads);
        if (nodeTotals) {
            obs = obs.withTotals(MatrixTracker.totals(live, obs.loads()));
        }
        TrafficMatrix m = TomogravityEstimator.standard().estimate(live, obs);
        return LiveTopology.baseline(t, network, live, m);
    }

    private java.util.Optional<DataRate> load(Topology topology, String device, String ifname, String linkId,
                                              Instant t) {
        java.util.Optional<Link> link = topology.link(LinkId.of(linkId));
        if (link.isEmpty() || !link.get().touches(org.nettwin.model.topology.NodeId.of(device))) {
            return java.util.Optional.empty();
        }
        List<RegisteredSeries> series = store.series().series(SeriesFilter.kind(EntityKind.INTERFACE)
                .entity(device + "/" + ifname).metric(OUT_OCTETS_METRIC));
        double sum = 0;
        int count = 0;
        for (RegisteredSeries s : series) {
            Points p = store.series().range(s.id(), t.minus(WINDOW), t.plusNanos(1000));
            for (int i = 0; i < p.size(); i++) {
                sum += p.value(i);
                count++;
            }
        }
        return count == 0 ? java.util.Optional.empty() : java.util.Optional.of(DataRate.ofBps(8 * sum / count));
    }

    private Topology withoutDown(Topology topology, Instant t) {
        Topology out = topology;
        for (Event e : store.events().activeAlarms(t)) {
            String key = e.alarmKey().orElse("");
            if (key.startsWith(LiveTwin.LINK_DOWN)) {
                LinkId id = LinkId.of(key.substring(LiveTwin.LINK_DOWN.length()));
                out = out.link(id).isPresent() ? out.withoutLink(id) : out;
            } else if (key.startsWith(LiveTwin.NODE_DOWN)) {
                org.nettwin.model.topology.NodeId id = org.nettwin.model.topology.NodeId.of(
                        key.substring(LiveTwin.NODE_DOWN.length()));
                out = out.contains(id) ? out.withoutNode(id) : out;
            }
        }
        return out;
    }
}
