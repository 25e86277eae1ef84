package org.nettwin.twin.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.twin.state.DirectionState;
import org.nettwin.twin.state.ElementStatus;
import org.nettwin.twin.state.LinkState;
import org.nettwin.twin.state.NodeState;
import org.nettwin.twin.state.TwinState;

/**
 * Assembles the immutable {@link TwinState} of one recompute from the reconciled figures, the tracker's estimate,
 * fidelity and predictions, the active alarms and the network KPIs ({@code max_link_utilisation},
 * {@code mean_link_utilisation} over the measured directions of links not down, {@code links_down}, {@code nodes_down},
 * {@code nodes_stale}, {@code elements_down}, {@code alarms_active}, {@code matrix_total_bps}, {@code fidelity_score})
 * plus the slice KPIs.
 */
final class StateBuilder {

    private StateBuilder() {
    }

    static TwinState build(Instant at, NetworkIndex index, Reconciled r, MatrixTracker tracker, AlarmBook alarms,
                           Map<String, Double> sliceKpis) {
        List<NodeState> nodes = new ArrayList<>();
        for (int n = 0; n < index.nodeCount(); n++) {
            Node node = index.nodes.get(n);
            Optional<Instant> seen = r.lastSeen()[n] == 0 ? Optional.empty()
                    : Optional.of(Instant.ofEpochMilli(r.lastSeen()[n]));
            nodes.add(new NodeState(node.id().value(), node.kind().fileName(), r.nodeStatus()[n], seen,
                    r.nodeKpis().get(n)));
        }
        double[] predicted = tracker.predicted();
        List<LinkState> links = new ArrayList<>();
        for (int l = 0; l < index.linkCount(); l++) {
            Link link = index.links.get(l);
            links.add(new LinkState(link.id().value(), link.a().value(), link.b().value(),
                    link.capacity().bitsPerSecond(), link.metric(), r.linkStatus()[l],
                    direction(index, r, predicted, 2 * l), direction(index, r, predicted, 2 * l + 1)));
        }
        Map<String, Double> kpis = new HashMap<>(sliceKpis);
        kpis.putAll(networkKpis(r, alarms));
        tracker.estimate().ifPresent(m -> kpis.put("matrix_total_bps", m.totalBps()));
        tracker.fidelity().ifPresent(f -> kpis.put("fidelity_score", f.score()));
        return new TwinState(at, index.topology.name(), nodes, links, kpis, tracker.estimate(), tracker.fidelity(),
                alarms.alarms());
    }

    private static Map<String, Double> networkKpis(Reconciled r, AlarmBook alarms) {
        double max = 0;
        double sum = 0;
        int count = 0;
        for (int d = 0; d < r.utilisation().length; d++) {
            if (Double.isFinite(r.utilisation()[d]) && r.linkStatus()[d / 2] != ElementStatus.DOWN) {
                max = Math.max(max, r.utilisation()[d]);
                sum += r.utilisation()[d];
                count++;
            }
        }
        Map<String, Double> k = new HashMap<>();
        k.put("max_link_utilisation", max);
        k.put("mean_link_utilisation", count == 0 ? 0 : sum / count);
        double linksDown = count(r.linkStatus(), ElementStatus.DOWN);
        double nodesDown = count(r.nodeStatus(), ElementStatus.DOWN);
        k.put("links_down", linksDown);
        k.put("nodes_down", nodesDown);
        k.put("nodes_stale", count(r.nodeStatus(), ElementStatus.STALE));
        k.put("elements_down", linksDown + nodesDown);
        k.put("alarms_active", (double) alarms.alarms().size());
        return k;
    }

    private static double count(ElementStatus[] statuses, ElementStatus which) {
        int c = 0;
        for (ElementStatus s : statuses) {
            c += s == which ? 1 : 0;
        }
        return c;
    }

    private static DirectionState direction(NetworkIndex index, Reconciled r, double[] predicted, int d) {
        if (r.linkStatus()[d / 2] == ElementStatus.DOWN) {
            // A link the twin believes down carries nothing, whatever its last counters said before it failed.
            return new DirectionState(index.from(d).value(), index.to(d).value(), OptionalDouble.of(0),
                    OptionalDouble.of(0), OptionalDouble.empty(), OptionalDouble.empty(), opt(predicted[d]));
        }
        return new DirectionState(index.from(d).value(), index.to(d).value(), opt(r.rate()[d]),
                opt(r.utilisation()[d]), opt(r.loss()[d]), opt(r.drops()[d]), opt(predicted[d]));
    }

    private static OptionalDouble opt(double v) {
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }
}
