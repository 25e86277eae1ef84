package org.nettwin.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nettwin.twin.whatif.Change;
import org.nettwin.twin.whatif.EngineOutcome;
import org.nettwin.twin.whatif.WhatIfJob;
import org.nettwin.twin.whatif.WhatIfRequest;

/**
 * What-if JSON (openapi.yaml {@code WhatIfRequest}, {@code Change}, {@code WhatIfJob}): reads a request strictly —
 * unknown fields, wrong types and unknown change types are refused with a one-line message naming the field
 * ({@code changes[1].factor}) — and writes jobs with their outcomes flattened by {@link OutcomeJson}.
 */
final class WhatIfJson {

    private static final Set<String> REQUEST_FIELDS = Set.of("name", "asOf", "changes", "packet", "horizonS", "seed");
    private static final double DEFAULT_HORIZON_S = 10;

    private WhatIfJson() {
    }

    static WhatIfRequest request(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiError.badRequest("request body must be a JSON object with a 'changes' array");
        }
        onlyKnown(body, REQUEST_FIELDS, "");
        String name = optionalText(body, "name", "").orElse("what-if");
        Optional<Instant> asOf = optionalText(body, "asOf", "").map(v -> {
            try {
                return Instant.parse(v);
            } catch (java.time.format.DateTimeParseException e) {
                throw ApiError.badRequest("asOf: not an ISO-8601 instant: '" + Params.clip(v) + "'");
            }
        });
        List<Change> changes = changes(body.get("changes"));
        boolean packet = optionalBoolean(body, "packet").orElse(false);
        double horizonS = optionalNumber(body, "horizonS", "").orElse(DEFAULT_HORIZON_S);
        if (!(horizonS > 0) || horizonS > 600) {
            throw ApiError.badRequest("horizonS must be in (0, 600] seconds, was " + horizonS);
        }
        long seed = optionalLong(body, "seed", "").orElse(1L);
        try {
            return new WhatIfRequest(name, asOf, changes, packet, Duration.ofNanos(Math.round(horizonS * 1e9)), seed);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private static List<Change> changes(JsonNode node) {
        if (node == null || node.isNull()) {
            throw ApiError.badRequest("changes: missing (an array of at least one change)");
        }
        if (!node.isArray() || node.isEmpty()) {
            throw ApiError.badRequest("changes: must be an array of at least one change");
        }
        List<Change> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(change(node.get(i), "changes[" + i + "]"));
        }
        return out;
    }

    private static Change change(JsonNode c, String at) {
        if (!c.isObject()) {
            throw ApiError.badRequest(at + ": must be an object with a 'type'");
        }
        String type = optionalText(c, "type", at + ".").orElseThrow(() ->
                ApiError.badRequest(at + ".type: missing (fail-link, fail-node, scale-traffic or set-metric)"));
        try {
            switch (type) {
                case "fail-link":
                    onlyKnown(c, Set.of("type", "link"), at + ".");
                    return new Change.FailLink(requiredText(c, "link", at));
                case "fail-node":
                    onlyKnown(c, Set.of("type", "node"), at + ".");
                    return new Change.FailNode(requiredText(c, "node", at));
                case "scale-traffic":
                    onlyKnown(c, Set.of("type", "factor", "from", "to"), at + ".");
                    double factor = optionalNumber(c, "factor", at + ".").orElseThrow(() ->
                            ApiError.badRequest(at + ".factor: missing (a number > 0)"));
                    return new Change.ScaleTraffic(factor, optionalText(c, "from", at + "."),
                            optionalText(c, "to", at + "."));
                case "set-metric":
                    onlyKnown(c, Set.of("type", "link", "metric"), at + ".");
                    long metric = optionalLong(c, "metric", at + ".").orElseThrow(() ->
                            ApiError.badRequest(at + ".metric: missing (an integer in 1..16777215)"));
                    return new Change.SetMetric(requiredText(c, "link", at), (int) Math.max(Integer.MIN_VALUE,
                            Math.min(Integer.MAX_VALUE, metric)));
                default:
                    throw ApiError.badRequest(at + ".type: unknown change type '" + Params.clip(type)
                            + "' (expected fail-link, fail-node, scale-traffic or set-metric)");
            }
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(at + ": " + e.getMessage());
        }
    }

    private static void onlyKnown(JsonNode obj, Set<String> known, String prefix) {
        Iterator<String> names = obj.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            if (!known.contains(f)) {
                throw ApiError.badRequest(prefix + Params.clip(f) + ": unknown field (expected one of "
                        + known.stream().sorted().toList() + ")");
            }
        }
    }

    private static String requiredText(JsonNode obj, String field, String at) {
        return optionalText(obj, field, at + ".").orElseThrow(() ->
                ApiError.badRequest(at + "." + field + ": missing"));
    }

    private static Optional<String> optionalText(JsonNode obj, String field, String prefix) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw ApiError.badRequest(prefix + field + ": must be a non-empty string");
        }
        return Optional.of(v.asText());
    }

    private static Optional<Double> optionalNumber(JsonNode obj, String field, String prefix) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isNumber()) {
            throw ApiError.badRequest(prefix + field + ": must be a number");
        }
        return Optional.of(v.asDouble());
    }

    private static Optional<Long> optionalLong(JsonNode obj, String field, String prefix) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw ApiError.badRequest(prefix + field + ": must be an integer");
        }
        return Optional.of(v.asLong());
    }

    private static Optional<Boolean> optionalBoolean(JsonNode obj, String field) {
        JsonNode v = obj.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isBoolean()) {
            throw ApiError.badRequest(field + ": must be true or false");
        }
        return Optional.of(v.asBoolean());
    }

    /** The WhatIfRequest schema of a request (as echoed in its job). */
    static ObjectNode request(WhatIfRequest r) {
        ObjectNode n = ApiJson.NODES.objectNode();
        n.put("name", r.name());
        n.put("asOf", r.asOf().map(Instant::toString).orElse(null));
        ArrayNode changes = n.putArray("changes");
        r.changes().forEach(c -> changes.add(change(c)));
        n.put("packet", r.packet());
        n.put("horizonS", r.horizon().toNanos() / 1e9);
        n.put("seed", r.seed());
        return n;
    }

    private static ObjectNode change(Change c) {
        ObjectNode n = ApiJson.NODES.objectNode();
        if (c instanceof Change.FailLink f) {
            n.put("type", "fail-link").put("link", f.link());
        } else if (c instanceof Change.FailNode f) {
            n.put("type", "fail-node").put("node", f.node());
        } else if (c instanceof Change.ScaleTraffic s) {
            n.put("type", "scale-traffic").put("factor", s.factor());
            s.from().ifPresent(v -> n.put("from", v));
            s.to().ifPresent(v -> n.put("to", v));
        } else if (c instanceof Change.SetMetric m) {
            n.put("type", "set-metric").put("link", m.link()).put("metric", m.metric());
        }
        return n;
    }

    /** The WhatIfJob schema. */
    static ObjectNode job(WhatIfJob j) {
        ObjectNode n = ApiJson.NODES.objectNode();
        n.put("id", j.id());
        n.put("name", j.request().name());
        n.put("status", j.status().name());
        n.put("progress", j.progress());
        n.put("created", j.created().toString());
        n.put("finished", j.finished().map(Instant::toString).orElse(null));
        n.put("baselineAt", j.baselineAt().toString());
        n.set("request", request(j.request()));
        ArrayNode outcomes = n.putArray("outcomes");
        for (EngineOutcome o : j.outcomes()) {
            outcomes.add(OutcomeJson.outcome(o));
        }
        n.put("error", j.error().orElse(null));
        return n;
    }
}
