package org.nettwin.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.FlowResult;
import org.nettwin.sim.result.LinkMetric;
import org.nettwin.sim.result.LinkResult;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.twin.whatif.EngineOutcome;
import org.nettwin.twin.whatif.SlaBreach;

/**
 * The EngineOutcome schema: every link direction and every flow of the baseline and what-if results side by side
 * (null where a run has no figure, e.g. a link the what-if removed), the headline and the SLA breaches.
 */
final class OutcomeJson {

    private OutcomeJson() {
    }

    static ObjectNode outcome(EngineOutcome o) {
        ObjectNode n = ApiJson.NODES.objectNode();
        n.put("engine", o.engine());
        ArrayNode headline = n.putArray("headline");
        o.headline().forEach(headline::add);
        n.set("links", links(o.baseline(), o.whatIf()));
        n.set("flows", flows(o.baseline(), o.whatIf()));
        ArrayNode breaches = n.putArray("slaBreaches");
        for (SlaBreach b : o.slaBreaches()) {
            ObjectNode s = breaches.addObject();
            s.put("slice", b.slice());
            s.put("flow", b.flow());
            s.put("target", b.target());
            s.put("limit", b.limit());
            s.put("predicted", b.predicted());
            s.put("alreadyInBaseline", b.alreadyInBaseline());
        }
        return n;
    }

    private static ArrayNode links(SimulationResult base, SimulationResult whatIf) {
        Map<String, LinkResult[]> byDirection = new LinkedHashMap<>();
        for (LinkResult l : base.links()) {
            byDirection.computeIfAbsent(l.id() + "\n" + l.from(), k -> new LinkResult[2])[0] = l;
        }
        for (LinkResult l : whatIf.links()) {
            byDirection.computeIfAbsent(l.id() + "\n" + l.from(), k -> new LinkResult[2])[1] = l;
        }
        ArrayNode out = ApiJson.NODES.arrayNode();
        for (LinkResult[] pair : byDirection.values()) {
            LinkResult any = pair[0] != null ? pair[0] : pair[1];
            ObjectNode n = out.addObject();
            n.put("id", any.id());
            n.put("from", any.from());
            n.put("to", any.to());
            n.put("baselineUtilisation", link(pair[0], LinkMetric.UTILISATION));
            n.put("whatIfUtilisation", link(pair[1], LinkMetric.UTILISATION));
            n.put("baselineDropped", link(pair[0], LinkMetric.DROPPED_PACKETS));
            n.put("whatIfDropped", link(pair[1], LinkMetric.DROPPED_PACKETS));
        }
        return out;
    }

    private static ArrayNode flows(SimulationResult base, SimulationResult whatIf) {
        Set<String> ids = new LinkedHashSet<>();
        base.flows().forEach(f -> ids.add(f.id()));
        whatIf.flows().forEach(f -> ids.add(f.id()));
        ArrayNode out = ApiJson.NODES.arrayNode();
        for (String id : ids) {
            Optional<FlowResult> b = base.flow(id);
            Optional<FlowResult> w = whatIf.flow(id);
            ObjectNode n = out.addObject();
            n.put("id", id);
            n.put("baselineDelayS", flow(b, FlowMetric.MEAN_DELAY_S));
            n.put("whatIfDelayS", flow(w, FlowMetric.MEAN_DELAY_S));
            n.put("baselineLossRatio", lossRatio(b));
            n.put("whatIfLossRatio", lossRatio(w));
            n.put("baselineThroughputBps", flow(b, FlowMetric.THROUGHPUT_BPS));
            n.put("whatIfThroughputBps", flow(w, FlowMetric.THROUGHPUT_BPS));
        }
        return out;
    }

    private static Double link(LinkResult l, LinkMetric metric) {
        return l == null ? null : finite(l.mean(metric));
    }

    private static Double flow(Optional<FlowResult> f, FlowMetric metric) {
        return f.map(r -> finite(r.mean(metric))).orElse(null);
    }

    /** Lost over sent packets; null when the run reports neither or sent nothing. */
    private static Double lossRatio(Optional<FlowResult> f) {
        if (f.isEmpty()) {
            return null;
        }
        double tx = f.get().mean(FlowMetric.TX_PACKETS);
        double lost = f.get().mean(FlowMetric.LOST_PACKETS);
        return tx > 0 && Double.isFinite(lost) ? finite(Math.max(0, Math.min(1, lost / tx))) : null;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
