package org.nettwin.sim.packet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.scenario.ScenarioEvent;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;

/**
 * A scenario translated once into the primitive arrays the packet model runs on, shared read-only by all
 * replications: arcs, flows (rates after the events at or before 0), the timeline of later events, and the route
 * state after each of them (states repeat: a link that goes down and comes back returns to the same state).
 * Times are ns.
 */
final class ScenarioPlan {

    final Scenario scenario;
    final int nodes;
    final ArcTable arcs;
    final FlowTable flows;
    final long durationNs;
    final long endNs;

    /** Timeline of the events after 0, in order: time, route state index (-1 for scale_flows), factor, flows. */
    final long[] changeAt;
    final int[] changeState;
    final double[] changeFactor;
    final int[][] changeFlows;
    final List<RouteState> states = new ArrayList<>();

    private final Map<String, Integer> linkIndex = new HashMap<>();
    private final Map<NodeId, Integer> nodeIndex = new HashMap<>();
    private final Map<String, Integer> flowIndex = new HashMap<>();
    private final boolean[] linkDown;
    private final boolean[] nodeDown;

    ScenarioPlan(Scenario scenario) {
        this.scenario = scenario;
        Topology topology = scenario.topology();
        topology.nodes().forEach(n -> nodeIndex.put(n.id(), nodeIndex.size()));
        nodes = nodeIndex.size();
        List<Link> linkList = topology.links();
        linkList.forEach(l -> linkIndex.put(l.id().value(), linkIndex.size()));
        arcs = new ArcTable(linkList, nodeIndex);
        flows = new FlowTable(scenario.flows(), nodeIndex);
        scenario.flows().forEach(f -> flowIndex.put(f.id(), flowIndex.size()));
        durationNs = scenario.simulation().duration().toNanos();
        endNs = scenario.simulation().end().toNanos();
        linkDown = new boolean[arcs.links];
        nodeDown = new boolean[nodes];
        List<ScenarioEvent> later = new ArrayList<>();
        for (ScenarioEvent e : scenario.events()) {
            if (e.at().isNegative() || e.at().isZero()) {
                applyAtStart(e);
            } else {
                later.add(e);
            }
        }
        states.add(new RouteState(topology, usable()));
        int n = later.size();
        changeAt = new long[n];
        changeState = new int[n];
        changeFactor = new double[n];
        changeFlows = new int[n][];
        for (int k = 0; k < n; k++) {
            plan(k, later.get(k));
        }
    }

    private void plan(int k, ScenarioEvent e) {
        changeAt[k] = e.at().toNanos();
        if (e instanceof ScenarioEvent.ScaleFlows s) {
            changeState[k] = -1;
            changeFactor[k] = s.factor();
            changeFlows[k] = flowIndexes(s);
        } else {
            changeTopology(e);
            changeState[k] = stateFor(usable());
        }
    }

    private void applyAtStart(ScenarioEvent e) {
        if (e instanceof ScenarioEvent.ScaleFlows s) {
            for (int f : flowIndexes(s)) {
                flows.rateBps[f] *= s.factor();
            }
        } else {
            changeTopology(e);
        }
    }

    private void changeTopology(ScenarioEvent e) {
        if (e instanceof ScenarioEvent.LinkDown d) {
            linkDown[linkIndex.get(d.link().value())] = true;
        } else if (e instanceof ScenarioEvent.LinkUp u) {
            linkDown[linkIndex.get(u.link().value())] = false;
        } else if (e instanceof ScenarioEvent.NodeDown d) {
            nodeDown[nodeIndex.get(d.node())] = true;
        } else if (e instanceof ScenarioEvent.NodeUp u) {
            nodeDown[nodeIndex.get(u.node())] = false;
        }
    }

    private int[] flowIndexes(ScenarioEvent.ScaleFlows s) {
        if (s.flows().isEmpty()) {
            int[] all = new int[flows.count];
            for (int f = 0; f < flows.count; f++) {
                all[f] = f;
            }
            return all;
        }
        return s.flows().stream().mapToInt(flowIndex::get).distinct().toArray();
    }

    /** Which links are usable now: not down themselves and neither end down. */
    private boolean[] usable() {
        boolean[] up = new boolean[arcs.links];
        for (int l = 0; l < arcs.links; l++) {
            up[l] = !linkDown[l] && !nodeDown[arcs.tail[2 * l]] && !nodeDown[arcs.head[2 * l]];
        }
        return up;
    }

    /** The index of the route state with these usable links, made on first need. */
    private int stateFor(boolean[] up) {
        for (int i = 0; i < states.size(); i++) {
            if (states.get(i).sameLinksAs(up)) {
                return i;
            }
        }
        states.add(new RouteState(scenario.topology(), up));
        return states.size() - 1;
    }

    /** The id of a node, for results. */
    String nodeId(int node) {
        return scenario.topology().nodes().get(node).id().value();
    }

    String linkId(int link) {
        return scenario.topology().links().get(link).id().value();
    }

    int changes() {
        return changeAt.length;
    }
}
