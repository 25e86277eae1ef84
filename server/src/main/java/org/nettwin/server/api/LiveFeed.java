package org.nettwin.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.nettwin.store.events.Event;
import org.nettwin.store.events.EventQuery;

/**
 * The WebSocket {@code /api/ws}: the first message must be {@code {"type":"auth","token":"..."}} within the auth
 * timeout, else the socket is closed with 4401. An authenticated client gets {@code hello}, then {@code state} (the
 * latest, at most once per push interval), {@code event} for each new event in the log (polled each interval) and
 * {@code whatif} when a job changes.
 */
final class LiveFeed implements AutoCloseable {

    static final int UNAUTHORIZED = 4401;
    private static final int TRY_AGAIN_LATER = 1013;
    /** Events are polled from a little before the newest one seen, for writers whose clocks lag a bit. */
    private static final Duration EVENT_LOOKBACK = Duration.ofSeconds(5);
    private static final int EVENT_PAGE = 5000;

    private final ApiTokens tokens;
    private final ApiJson json;
    private final TwinBackend backend;
    private final ApiSettings settings;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final Map<String, ScheduledFuture<?>> unauthenticated = new ConcurrentHashMap<>();
    private final Map<String, WsClient> clients = new ConcurrentHashMap<>();
    private final AtomicReference<String> freshState = new AtomicReference<>();
    private final List<AutoCloseable> subscriptions;
    private volatile Instant lastEventTime;
    private volatile long lastEventId;

    LiveFeed(TwinBackend backend, ApiTokens tokens, ApiJson json, ApiSettings settings, Clock clock) {
        this.tokens = tokens;
        this.json = json;
        this.backend = backend;
        this.settings = settings;
        this.clock = clock;
        this.lastEventTime = clock.instant();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nettwin-api-feed");
            t.setDaemon(true);
            return t;
        });
        this.subscriptions = List.of(
                backend.onState(s -> {
                    // Pushed at once: the twin recomputes about once a second, and at once when an element changes
                    // status, so a failure reaches the browser without waiting for the next tick.
                    freshState.set(message("state", s));
                    timer.execute(this::pushState);
                }),
                backend.onJob(j -> broadcast(message("whatif", WhatIfJson.job(j)))));
        long every = settings.statePush().toMillis();
        timer.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    void configure(WsConfig ws) {
        ws.onConnect(this::connected);
        ws.onMessage(this::received);
        ws.onClose(ctx -> forget(ctx.sessionId()));
        ws.onError(ctx -> forget(ctx.sessionId()));
    }

    private void connected(WsContext ctx) {
        if (clients.size() + unauthenticated.size() >= settings.maxWebSocketClients()) {
            ctx.closeSession(TRY_AGAIN_LATER, "too many WebSocket clients");
            return;
        }
        long ms = settings.authTimeout().toMillis();
        unauthenticated.put(ctx.sessionId(), timer.schedule(() -> {
            if (unauthenticated.remove(ctx.sessionId()) != null) {
                ctx.closeSession(UNAUTHORIZED, "no auth message within " + ms + " ms");
            }
        }, ms, TimeUnit.MILLISECONDS));
    }

    private void received(WsMessageContext ctx) {
        ScheduledFuture<?> timeout = unauthenticated.remove(ctx.sessionId());
        if (timeout == null) {
            return;
        }
        timeout.cancel(false);
        Optional<Caller> caller = authenticate(ctx.message());
        if (caller.isEmpty()) {
            ctx.closeSession(UNAUTHORIZED, "unauthorized: the first message must be {\"type\":\"auth\",\"token\":...} "
                    + "with a valid token");
            return;
        }
        WsClient client = new WsClient(ctx.session);
        clients.put(ctx.sessionId(), client);
        ctx.enableAutomaticPings(15, TimeUnit.SECONDS);
        client.offer(json.write(ApiJson.NODES.objectNode().put("type", "hello").put("role",
                caller.get().role().label())));
        client.offerState(message("state", backend.state()));
    }

    private Optional<Caller> authenticate(String text) {
        try {
            JsonNode m = json.mapper().readTree(text);
            if (m == null || !"auth".equals(m.path("type").asText()) || !m.path("token").isTextual()) {
                return Optional.empty();
            }
            return tokens.authenticate(m.path("token").asText());
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void forget(String sessionId) {
        ScheduledFuture<?> timeout = unauthenticated.remove(sessionId);
        if (timeout != null) {
            timeout.cancel(false);
        }
        clients.remove(sessionId);
    }

    /**
     * Pushes the newest state if one arrived, then the events logged since the last tick (polled even with no
     * client, so that a client connecting later is not sent old events as new).
     */
    private void tick() {
        try {
            pushState();
            pollEvents();
        } catch (RuntimeException e) {
            // A failing store must not stop the feed; the next tick tries again.
            return;
        }
    }

    private void pushState() {
        String state = freshState.getAndSet(null);
        if (state != null) {
            clients.values().forEach(c -> c.offerState(state));
        }
    }

    private void pollEvents() {
        Instant now = clock.instant();
        List<Event> events = backend.store().events().query(EventQuery.between(
                lastEventTime.minus(EVENT_LOOKBACK), now.plus(Duration.ofMinutes(1))).limit(EVENT_PAGE));
        for (Event e : events) {
            if (e.id() > lastEventId) {
                if (!clients.isEmpty()) {
                    broadcast(message("event", ApiJson.event(e)));
                }
                lastEventId = e.id();
                if (e.time().isAfter(lastEventTime)) {
                    lastEventTime = e.time();
                }
            }
        }
    }

    private void broadcast(String message) {
        clients.values().forEach(c -> c.offer(message));
    }

    private String message(String type, Object data) {
        ObjectNode n = ApiJson.NODES.objectNode();
        n.put("type", type);
        n.set("data", json.mapper().valueToTree(data));
        return json.write(n);
    }

    int clientCount() {
        return clients.size();
    }

    @Override
    public void close() {
        for (AutoCloseable s : subscriptions) {
            try {
                s.close();
            } catch (Exception e) {
                // Closing a subscription of a backend that is going away: nothing left to do.
                continue;
            }
        }
        timer.shutdownNow();
    }
}
