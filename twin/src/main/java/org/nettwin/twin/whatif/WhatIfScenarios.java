package org.nettwin.twin.whatif;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nettwin.model.routing.Path;
import org.nettwin.model.routing.Routing;
import org.nettwin.model.scenario.Arrival;
import org.nettwin.model.scenario.FailedElements;
import org.nettwin.model.scenario.Flow;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.scenario.ScenarioEvent;
import org.nettwin.model.scenario.SimulationSettings;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.OdPair;
import org.nettwin.model.units.DataRate;

/**
 * Turns a baseline and a request into the two scenarios a what-if compares. Both carry one Poisson flow per
 * origin-destination pair with traffic (id {@code from->to}, the pair's total rate, frames as the settings say)
 * over the same network; the what-if adds the failures as {@code link_down}/{@code node_down} events at 0 (so the
 * failed elements stay in the results with no load, and pairs cut off show as lost traffic), the new metrics and
 * the scaled rates. Changes naming unknown elements, or making no sense together, are refused with one line.
 */
final class WhatIfScenarios {

    private final WhatIfSettings settings;

    WhatIfScenarios(WhatIfSettings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    /** The baseline and what-if scenarios, and what the changes did that the results will not show. */
    record Built(Scenario baseline, Scenario whatIf, List<String> notes) {
        Built {
            requireNonNull(baseline, "baseline");
            requireNonNull(whatIf, "whatIf");
            notes = List.copyOf(notes);
        }
    }

    /**
     * Builds both scenarios for {@code horizon} of traffic.
     *
     * @throws IllegalArgumentException naming the change, when it names an unknown element or makes no sense
     */
    Built build(WhatIfRequest request, Baseline baseline) {
        Topology network = baseline.topology();
        List<String> notes = new ArrayList<>();
        Map<OdPair, Double> rates = pairRates(baseline, notes);
        Changes changes = new Changes(request, baseline, notes);
        for (Change c : request.changes()) {
            changes.apply(c);
        }
        changes.checkMetricsOnFailedLinks();
        SimulationSettings sim = new SimulationSettings(request.horizon(), settings.drain(), request.seed(), 1);
        String description = "what-if from " + baseline.at() + ": " + describe(request.changes());
        Scenario base = new Scenario(request.name() + " (baseline)", "baseline from " + baseline.at(), sim, network,
                flows(rates, Map.of(), request.horizon()), List.of());
        Scenario whatIf = new Scenario(request.name(), description, sim, changes.topology,
                flows(rates, changes.scale, request.horizon()), changes.events);
        return new Built(base, whatIf, notes);
    }

    /** The same scenario with traffic for {@code horizon} only (flows stop then; the drain is kept). */
    static Scenario withHorizon(Scenario scenario, Duration horizon) {
        SimulationSettings s = scenario.simulation();
        List<Flow> flows = new ArrayList<>(scenario.flows().size());
        for (Flow f : scenario.flows()) {
            Duration stop = f.stop().compareTo(horizon) > 0 ? horizon : f.stop();
            flows.add(new Flow(f.id(), f.source(), f.destination(), f.start(), stop, f.arrival(), f.sizes(),
                    f.packetSizeBytes(), f.rate()));
        }
        return new Scenario(scenario.name(), scenario.description(),
                new SimulationSettings(horizon, s.drain(), s.seed(), s.replications()), scenario.topology(), flows,
                scenario.events());
    }

    /**
     * The packet-hops a packet run of {@code scenario} will take, roughly: per flow, packets (rate x duration /
     * mean frame) times the hops of its shortest path in the network as the events at 0 leave it; cut-off flows
     * cost nothing.
     */
    static double packetHops(Scenario scenario) {
        Topology view = scenario.topology();
        FailedElements down = FailedElements.atStart(scenario.events());
        for (NodeId n : down.nodes()) {
            view = view.withoutNode(n);
        }
        for (LinkId l : down.links()) {
            if (view.link(l).isPresent()) {
                view = view.withoutLink(l);
            }
        }
        Routing routing = Routing.of(view);
        double hops = 0;
        for (Flow f : scenario.flows()) {
            Optional<Path> path = view.contains(f.source()) && view.contains(f.destination())
                    ? routing.path(f.source(), f.destination()) : Optional.empty();
            if (path.isPresent()) {
                double seconds = (f.stop().toNanos() - f.start().toNanos()) / 1e9;
                hops += f.rate().bitsPerSecond() * seconds / (8.0 * f.packetSizeBytes()) * path.get().hops();
            }
        }
        return hops;
    }

    /** Total rate per pair with traffic, in matrix order; pairs touching a node the network lacks are left out. */
    private static Map<OdPair, Double> pairRates(Baseline baseline, List<String> notes) {
        Map<OdPair, Double> rates = new LinkedHashMap<>();
        Set<OdPair> outside = new HashSet<>();
        for (Demand d : baseline.traffic().demands()) {
            OdPair pair = new OdPair(d.origin(), d.destination());
            if (!baseline.topology().contains(d.origin()) || !baseline.topology().contains(d.destination())) {
                outside.add(pair);
            } else if (d.rate().bitsPerSecond() > 0) {
                rates.merge(pair, d.rate().bitsPerSecond(), Double::sum);
            }
        }
        if (!outside.isEmpty()) {
            notes.add(outside.size() + " traffic pairs left out: an end is not in the baseline network (down)");
        }
        return rates;
    }

    private List<Flow> flows(Map<OdPair, Double> rates, Map<OdPair, Double> scale, Duration horizon) {
        List<Flow> flows = new ArrayList<>(rates.size());
        for (Map.Entry<OdPair, Double> e : rates.entrySet()) {
            OdPair pair = e.getKey();
            double rate = e.getValue() * scale.getOrDefault(pair, 1.0);
            flows.add(new Flow(pair.toString(), pair.origin(), pair.destination(), Duration.ZERO, horizon,
                    Arrival.POISSON, settings.sizes(), settings.packetSizeBytes(), DataRate.ofBps(rate)));
        }
        return flows;
    }

    static String describe(List<Change> changes) {
        List<String> out = new ArrayList<>();
        for (Change c : changes) {
            out.add(describe(c));
        }
        return String.join(", ", out);
    }

    static String describe(Change c) {
        if (c instanceof Change.FailLink f) {
            return "fail link " + f.link();
        }
        if (c instanceof Change.FailNode f) {
            return "fail node " + f.node();
        }
        if (c instanceof Change.SetMetric m) {
            return "set metric of " + m.link() + " to " + m.metric();
        }
        Change.ScaleTraffic s = (Change.ScaleTraffic) c;
        return "scale traffic x" + s.factor() + s.from().map(n -> " from " + n).orElse("")
                + s.to().map(n -> " to " + n).orElse("");
    }

    /** The changes applied one by one: failure events, the re-metered network and the per-pair scale factors. */
    private static final class Changes {
        private final WhatIfRequest request;
        private final Baseline baseline;
        private final List<String> notes;
        private final Map<OdPair, Double> pairs;
        final List<ScenarioEvent> events = new ArrayList<>();
        final Map<OdPair, Double> scale = new LinkedHashMap<>();
        private final Set<LinkId> failedLinks = new HashSet<>();
        private final Set<NodeId> failedNodes = new HashSet<>();
        private final Set<LinkId> metered = new HashSet<>();
        Topology topology;

        Changes(WhatIfRequest request, Baseline baseline, List<String> notes) {
            this.request = request;
            this.baseline = baseline;
            this.notes = notes;
            this.topology = baseline.topology();
            this.pairs = pairRates(baseline, new ArrayList<>());
        }

        void apply(Change c) {
            if (c instanceof Change.FailLink f) {
                failLink(LinkId.of(f.link()));
            } else if (c instanceof Change.FailNode f) {
                failNode(NodeId.of(f.node()));
            } else if (c instanceof Change.SetMetric m) {
                setMetric(m);
            } else {
                scaleTraffic((Change.ScaleTraffic) c);
            }
        }

        private void failLink(LinkId id) {
            if (baseline.topology().link(id).isPresent()) {
                if (!failedLinks.add(id)) {
                    throw refused("fail-link", "link " + id + " is failed twice");
                }
                events.add(new ScenarioEvent.LinkDown(Duration.ZERO, id));
            } else if (baseline.down().links().contains(id)) {
                notes.add("link " + id + " is already down in the baseline: failing it changes nothing");
            } else {
                throw refused("fail-link", "no link '" + id + "' in network " + baseline.topology().name());
            }
        }

        private void failNode(NodeId id) {
            if (baseline.topology().contains(id)) {
                if (!failedNodes.add(id)) {
                    throw refused("fail-node", "node " + id + " is failed twice");
                }
                events.add(new ScenarioEvent.NodeDown(Duration.ZERO, id));
            } else if (baseline.down().nodes().contains(id)) {
                notes.add("node " + id + " is already down in the baseline: failing it changes nothing");
            } else {
                throw refused("fail-node", "no node '" + id + "' in network " + baseline.topology().name());
            }
        }

        private void setMetric(Change.SetMetric m) {
            LinkId id = LinkId.of(m.link());
            Optional<Link> link = topology.link(id);
            if (link.isEmpty()) {
                if (baseline.down().links().contains(id)) {
                    notes.add("link " + id + " is down in the baseline: its metric changes nothing");
                    return;
                }
                throw refused("set-metric", "no link '" + id + "' in network " + baseline.topology().name());
            }
            if (!metered.add(id)) {
                throw refused("set-metric", "the metric of link " + id + " is set twice");
            }
            if (link.get().metric() == m.metric()) {
                notes.add("link " + id + " already has metric " + m.metric());
                return;
            }
            topology = topology.withLink(link.get().withMetric(m.metric()));
        }

        void checkMetricsOnFailedLinks() {
            for (LinkId id : metered) {
                if (failedLinks.contains(id)) {
                    throw refused("set-metric", "link " + id + " is also failed by this what-if");
                }
            }
        }

        private void scaleTraffic(Change.ScaleTraffic s) {
            Optional<NodeId> from = s.from().map(n -> node(n, "from"));
            Optional<NodeId> to = s.to().map(n -> node(n, "to"));
            if (from.isPresent() && from.equals(to)) {
                throw refused("scale-traffic", "from and to are the same node " + from.get());
            }
            int matched = 0;
            for (OdPair p : pairs.keySet()) {
                if (from.map(p.origin()::equals).orElse(true) && to.map(p.destination()::equals).orElse(true)) {
                    scale.merge(p, s.factor(), (a, b) -> a * b);
                    matched++;
                }
            }
            if (matched == 0) {
                notes.add(describe(s) + " matches no traffic pair");
            }
        }

        private NodeId node(String name, String role) {
            NodeId id = NodeId.of(name);
            if (!baseline.topology().contains(id) && !baseline.down().nodes().contains(id)) {
                throw refused("scale-traffic", role + ": no node '" + name + "' in network "
                        + baseline.topology().name());
            }
            return id;
        }

        private IllegalArgumentException refused(String type, String why) {
            return new IllegalArgumentException("what-if '" + request.name() + "': " + type + ": " + why);
        }
    }
}
