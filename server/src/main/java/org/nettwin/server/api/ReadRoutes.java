package org.nettwin.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nettwin.model.slice.Slice;
import org.nettwin.model.topology.Topology;
import org.nettwin.twin.state.TwinState;

/** The live twin's read endpoints: who am I, topology (live or as of a moment), state, KPIs, fidelity, matrix. */
final class ReadRoutes {

    private static final String SLICE_PREFIX = "slice:";

    private final TwinBackend backend;

    ReadRoutes(TwinBackend backend) {
        this.backend = backend;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/whoami", Role.VIEWER, (ctx, c) -> ApiJson.NODES.objectNode().put("role",
                        c.role().label())),
                Route.get("/api/topology", Role.VIEWER, (ctx, c) -> topology(ctx)),
                Route.get("/api/state", Role.VIEWER, (ctx, c) -> backend.state()),
                Route.get("/api/kpis", Role.VIEWER, (ctx, c) -> kpis(backend.state(), backend.slices())),
                Route.get("/api/fidelity", Role.VIEWER, (ctx, c) -> fidelity()),
                Route.get("/api/traffic-matrix", Role.VIEWER, (ctx, c) -> matrix()));
    }

    private ObjectNode topology(Context ctx) {
        Optional<Instant> asOf = Params.instant(ctx, "asOf");
        if (asOf.isEmpty()) {
            return ApiJson.topology(backend.topology(), backend.slices(), Optional.empty());
        }
        Topology then = backend.topologyAsOf(asOf.get()).orElseThrow(() ->
                ApiError.notFound("no network version at " + asOf.get()));
        return ApiJson.topology(then, backend.slices(), asOf);
    }

    /** Network KPIs (every key but {@code slice:...}) and one entry per slice with its SLA status. */
    static ObjectNode kpis(TwinState state, List<Slice> slices) {
        ObjectNode n = ApiJson.NODES.objectNode();
        n.put("at", state.at().toString());
        ObjectNode network = n.putObject("network");
        Map<String, Map<String, Double>> bySlice = new LinkedHashMap<>();
        for (Slice s : slices) {
            bySlice.put(s.id(), new LinkedHashMap<>());
        }
        state.kpis().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String key = e.getKey();
            int last = key.lastIndexOf(':');
            if (key.startsWith(SLICE_PREFIX) && last > SLICE_PREFIX.length()) {
                String id = key.substring(SLICE_PREFIX.length(), last);
                bySlice.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(key.substring(last + 1), e.getValue());
            } else {
                network.put(key, e.getValue());
            }
        });
        ArrayNode out = n.putArray("slices");
        List<String> ids = new ArrayList<>(bySlice.keySet());
        for (String id : ids) {
            Map<String, Double> k = bySlice.get(id);
            ObjectNode s = out.addObject();
            s.put("id", id);
            s.put("type", slices.stream().filter(x -> x.id().equals(id)).findFirst()
                    .map(x -> x.type().name().toLowerCase(Locale.ROOT)).orElse(null));
            s.put("latencyS", k.get("latency_s"));
            s.put("lossRatio", k.get("loss_ratio"));
            s.put("throughputBps", k.get("throughput_bps"));
            Double met = k.get("sla_met");
            s.put("slaMet", met == null ? null : met != 0);
        }
        return n;
    }

    private ObjectNode fidelity() {
        ObjectNode n = ApiJson.NODES.objectNode();
        n.putPOJO("current", backend.fidelity().orElse(null));
        ArrayNode history = n.putArray("history");
        for (double[] point : backend.fidelityHistory()) {
            history.addArray().add((long) point[0]).add(point[1]);
        }
        return n;
    }

    private ObjectNode matrix() {
        ObjectNode n = ApiJson.NODES.objectNode();
        n.putPOJO("estimate", backend.matrix().orElse(null));
        n.putPOJO("pairs", backend.matrixPairs());
        return n;
    }
}
