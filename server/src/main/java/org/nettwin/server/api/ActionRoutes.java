package org.nettwin.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.nettwin.twin.whatif.WhatIfJob;
import org.nettwin.twin.whatif.WhatIfRequest;

/**
 * What-if jobs and fault injection. Every operator action that succeeds is written to the audit log with the caller's
 * role and token fingerprint as actor (never the token).
 */
final class ActionRoutes {

    private final TwinBackend backend;
    private final ObjectMapper mapper;

    ActionRoutes(TwinBackend backend, ObjectMapper mapper) {
        this.backend = backend;
        this.mapper = mapper;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/whatif", Role.VIEWER, (ctx, c) -> jobs()),
                Route.post("/api/whatif", Role.OPERATOR, this::submit),
                Route.get("/api/whatif/{id}", Role.VIEWER, (ctx, c) -> WhatIfJson.job(backend.job(ctx.pathParam("id"))
                        .orElseThrow(() -> unknownJob(ctx)))),
                Route.delete("/api/whatif/{id}", Role.OPERATOR, this::cancel),
                Route.get("/api/emulator/faults", Role.VIEWER, (ctx, c) -> faults()),
                Route.post("/api/emulator/faults", Role.OPERATOR, this::inject));
    }

    private ArrayNode jobs() {
        ArrayNode out = ApiJson.NODES.arrayNode();
        backend.jobs().forEach(j -> out.add(WhatIfJson.job(j)));
        return out;
    }

    private ObjectNode submit(Context ctx, Caller caller) {
        WhatIfRequest request = WhatIfJson.request(body(ctx));
        WhatIfJob job;
        try {
            job = backend.submit(request, caller.actor());
        } catch (IllegalArgumentException | NoSuchElementException e) {
            throw ApiError.badRequest(oneLine(e.getMessage()));
        }
        String changes = request.changes().stream().map(Object::toString).collect(Collectors.joining(", "));
        String headline = job.outcomes().isEmpty() ? "" : String.join("; ", job.outcomes().get(0).headline());
        backend.store().audit().append(caller.actor(), "whatif.start", "whatif/" + job.id(),
                "'" + request.name() + "': " + changes + request.asOf().map(t -> " as of " + t).orElse(""),
                headline);
        ctx.status(202);
        return WhatIfJson.job(job);
    }

    private ObjectNode cancel(Context ctx, Caller caller) {
        String id = ctx.pathParam("id");
        WhatIfJob job = backend.cancel(id, caller.actor()).orElseThrow(() -> unknownJob(ctx));
        backend.store().audit().append(caller.actor(), "whatif.cancel", "whatif/" + id,
                "cancelled by API caller", "job " + job.status().name().toLowerCase(java.util.Locale.ROOT));
        return WhatIfJson.job(job);
    }

    private ArrayNode faults() {
        TwinBackend.FaultPort port = emulator();
        ArrayNode out = ApiJson.NODES.arrayNode();
        port.injected().forEach(f -> out.add(fault(f)));
        return out;
    }

    private ObjectNode inject(Context ctx, Caller caller) {
        TwinBackend.FaultPort port = emulator();
        JsonNode body = body(ctx);
        if (!body.isObject()) {
            throw ApiError.badRequest("request body must be the emulator's fault JSON object, e.g. "
                    + "{\"type\":\"link-down\",\"link\":\"L3\"}");
        }
        String json = body.toString();
        TwinBackend.InjectedFaultView view;
        try {
            view = port.inject(json, caller.actor());
        } catch (IllegalArgumentException | NoSuchElementException e) {
            throw ApiError.badRequest("fault: " + oneLine(e.getMessage()));
        }
        String type = body.path("type").asText("fault");
        backend.store().audit().append(caller.actor(), "fault.inject", "emulator/" + type, json,
                "emulated network: " + type);
        ctx.status(202);
        return fault(view);
    }

    private ObjectNode fault(TwinBackend.InjectedFaultView f) {
        ObjectNode n = ApiJson.NODES.objectNode();
        n.put("at", f.at().toString());
        try {
            n.set("fault", mapper.readTree(f.faultJson()));
        } catch (JsonProcessingException e) {
            n.put("fault", f.faultJson());
        }
        n.put("by", f.by());
        return n;
    }

    private TwinBackend.FaultPort emulator() {
        return backend.emulator().orElseThrow(() -> ApiError.notFound("not running with an emulator "
                + "(fault injection is only in demo mode)"));
    }

    private JsonNode body(Context ctx) {
        String text = ctx.body();
        if (text.isBlank()) {
            throw ApiError.badRequest("request body is empty; expected a JSON object");
        }
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw ApiError.badRequest("malformed JSON body" + where + ": " + oneLine(e.getOriginalMessage()));
        }
    }

    private static ApiError unknownJob(Context ctx) {
        return ApiError.notFound("unknown what-if job '" + Params.clip(ctx.pathParam("id")) + "'");
    }

    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "invalid request";
        }
        String first = message.strip().lines().findFirst().orElse("");
        return first.length() <= 300 ? first : first.substring(0, 300) + "...";
    }
}
