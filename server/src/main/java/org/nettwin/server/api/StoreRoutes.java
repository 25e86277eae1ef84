package org.nettwin.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nettwin.store.TwinStore;
import org.nettwin.store.audit.AuditEntry;
import org.nettwin.store.events.Event;
import org.nettwin.store.events.EventQuery;
import org.nettwin.store.series.Aggregate;
import org.nettwin.store.series.EntityKind;
import org.nettwin.store.series.Points;
import org.nettwin.store.series.RegisteredSeries;
import org.nettwin.store.series.SeriesFilter;
import org.nettwin.store.series.SeriesKey;

/** The repository's read endpoints: telemetry series and points, events, active alarms and the audit log. */
final class StoreRoutes {

    static final int MAX_SERIES = 2000;
    static final int MAX_EVENTS = 5000;
    static final int MAX_POINTS = 100_000;
    private static final int DEFAULT_LIMIT = 200;

    private final TwinBackend backend;
    private final Clock clock;

    StoreRoutes(TwinBackend backend, Clock clock) {
        this.backend = backend;
        this.clock = clock;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/telemetry/series", Role.VIEWER, (ctx, c) -> series(ctx)),
                Route.get("/api/telemetry/points", Role.VIEWER, (ctx, c) -> points(ctx)),
                Route.get("/api/events", Role.VIEWER, (ctx, c) -> events(ctx)),
                Route.get("/api/alarms", Role.VIEWER, (ctx, c) -> alarms()),
                Route.get("/api/audit", Role.ADMIN, (ctx, c) -> audit(ctx)));
    }

    private TwinStore store() {
        return backend.store();
    }

    private ArrayNode series(Context ctx) {
        Optional<String> entity = Params.text(ctx, "entity");
        Optional<String> metric = Params.text(ctx, "metric");
        int limit = Params.limit(ctx, DEFAULT_LIMIT, MAX_SERIES);
        List<RegisteredSeries> found = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            for (RegisteredSeries s : store().series().series(SeriesFilter.kind(kind))) {
                String id = s.key().entity().id();
                boolean entityOk = entity.map(e -> id.equals(e) || id.startsWith(e + "/")).orElse(true);
                boolean metricOk = metric.map(m -> s.key().metric().name().contains(m)).orElse(true);
                if (entityOk && metricOk) {
                    found.add(s);
                }
            }
        }
        found.sort(Comparator.comparingLong(RegisteredSeries::id));
        ArrayNode out = ApiJson.NODES.arrayNode();
        found.stream().limit(limit).forEach(s -> out.add(ApiJson.series(s)));
        return out;
    }

    private ObjectNode points(Context ctx) {
        long id = Params.requiredInteger(ctx, "series");
        SeriesKey key = store().series().key(id).orElseThrow(() -> ApiError.notFound("unknown series " + id));
        Instant to = Params.instant(ctx, "to").orElse(clock.instant());
        Instant from = Params.instant(ctx, "from").orElse(to.minus(Duration.ofMinutes(15)));
        if (!from.isBefore(to)) {
            throw ApiError.badRequest("query parameter from (" + from + ") must be before to (" + to + ")");
        }
        Optional<String> stepText = Params.text(ctx, "step");
        Points points;
        if (stepText.isPresent()) {
            long step = Params.integer("step", stepText.get());
            if (step < 1 || step > 86_400) {
                throw ApiError.badRequest("query parameter step must be in 1..86400 seconds, was " + step);
            }
            SeriesFilter one = SeriesFilter.kind(key.entity().kind()).entity(key.entity().id())
                    .metric(key.metric().name());
            Map<Long, Points> all = store().series().aggregate(one, from, to, Duration.ofSeconds(step), Aggregate.AVG);
            points = all.getOrDefault(id, new Points(id, new long[0], new double[0], new byte[0]));
        } else {
            points = store().series().range(id, from, to);
        }
        ObjectNode n = ApiJson.NODES.objectNode();
        n.set("series", ApiJson.series(new RegisteredSeries(id, key)));
        ArrayNode out = n.putArray("points");
        int start = Math.max(0, points.size() - MAX_POINTS);
        for (int i = start; i < points.size(); i++) {
            out.addArray().add(points.epochMicros(i) / 1000).add(points.value(i));
        }
        return n;
    }

    private ArrayNode events(Context ctx) {
        Instant to = Params.instant(ctx, "to").orElse(clock.instant().plusSeconds(1));
        Instant from = Params.instant(ctx, "from").orElse(to.minus(Duration.ofHours(1)));
        int limit = Params.limit(ctx, DEFAULT_LIMIT, MAX_EVENTS);
        if (!from.isBefore(to)) {
            throw ApiError.badRequest("query parameter from (" + from + ") must be before to (" + to + ")");
        }
        ArrayNode out = ApiJson.NODES.arrayNode();
        for (Event e : store().events().query(EventQuery.between(from, to).limit(limit).newestFirst())) {
            out.add(ApiJson.event(e));
        }
        return out;
    }

    private ArrayNode alarms() {
        ArrayNode out = ApiJson.NODES.arrayNode();
        store().events().activeAlarms(clock.instant()).stream()
                .sorted(Comparator.comparing(Event::time).reversed())
                .forEach(e -> out.add(ApiJson.alarm(e)));
        return out;
    }

    private List<AuditEntry> audit(Context ctx) {
        int limit = Params.limit(ctx, DEFAULT_LIMIT, MAX_EVENTS);
        List<AuditEntry> all = store().audit().entries(Instant.EPOCH, clock.instant().plus(Duration.ofDays(1)));
        List<AuditEntry> newest = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && newest.size() < limit; i--) {
            newest.add(all.get(i));
        }
        return newest;
    }
}
