package org.nettwin.server.api;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST + WebSocket API of {@code openapi.yaml} on Javalin, serving one {@link TwinBackend}: bearer-token
 * authentication with roles on every {@code /api/} route but the document itself, errors as one-line JSON (never a
 * stack trace), the WebSocket feed at {@code /api/ws}, and the dashboard's static files at {@code /} when the
 * {@code public} bundle is on the classpath. Binds only the configured host (loopback by default).
 */
public final class ApiServer implements AutoCloseable {

    static final String OPENAPI = "/api/openapi.yaml";
    private static final String JSON = "application/json";
    private static final String HANDLED = "nettwin.api.handled";
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Javalin app;
    private final LiveFeed feed;
    private final List<Route> routes;
    private final String host;

    private ApiServer(Javalin app, LiveFeed feed, List<Route> routes, String host) {
        this.app = app;
        this.feed = feed;
        this.routes = routes;
        this.host = host;
    }

    /** Starts the server on {@code settings.host()}:{@code settings.port()} (0 = a free port). */
    public static ApiServer start(TwinBackend backend, ApiTokens tokens, ApiSettings settings) {
        requireNonNull(backend, "backend");
        requireNonNull(tokens, "tokens");
        requireNonNull(settings, "settings");
        ApiJson json = new ApiJson();
        Clock clock = Clock.systemUTC();
        List<Route> routes = new ArrayList<>();
        routes.addAll(new ReadRoutes(backend).routes());
        routes.addAll(new StoreRoutes(backend, clock).routes());
        routes.addAll(new ActionRoutes(backend, json.mapper()).routes());
        LiveFeed feed = new LiveFeed(backend, tokens, json, settings, clock);
        String yaml = openApi();
        Javalin app;
        try {
            app = Javalin.create(cfg -> configure(cfg, settings, json, tokens, routes, feed, yaml));
            app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            feed.close();
            throw new IllegalStateException("cannot start the API on " + settings.host() + ":" + settings.port()
                    + ": " + ActionRoutes.oneLine(e.getMessage()), e);
        }
        return new ApiServer(app, feed, List.copyOf(routes), settings.host());
    }

    private static void configure(JavalinConfig cfg, ApiSettings settings, ApiJson json, ApiTokens tokens,
                                  List<Route> routes, LiveFeed feed, String yaml) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = settings.maxRequestBytes();
        if (ApiServer.class.getResource("/public/index.html") != null) {
            cfg.staticFiles.add("/public", Location.CLASSPATH);
        }
        cfg.routes.get(OPENAPI, ctx -> ctx.contentType("application/yaml").result(yaml));
        for (Route r : routes) {
            cfg.routes.addHttpHandler(r.method(), r.path(), guarded(r, tokens, json));
        }
        cfg.routes.ws("/api/ws", feed::configure);
        cfg.routes.exception(ApiError.class, (e, ctx) -> fail(ctx, json, e.status(), e.getMessage()));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, json, e.getStatus(),
                ActionRoutes.oneLine(e.getMessage())));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            // Tokens never reach the backend, so its exceptions cannot carry one; the client gets no internals.
            LOG.warn("API {} {} failed", ctx.method().name(), ctx.path(), e);
            fail(ctx, json, 500, "internal error in " + ctx.method().name() + " " + ctx.path() + ": "
                    + e.getClass().getSimpleName());
        });
        cfg.routes.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.attribute(HANDLED) == null) {
                fail(ctx, json, 404, "no such API route: " + ctx.method().name() + " " + Params.clip(ctx.path()));
            }
        });
        cfg.routes.error(405, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.attribute(HANDLED) == null) {
                fail(ctx, json, 405, "method " + ctx.method().name() + " not allowed on " + Params.clip(ctx.path()));
            }
        });
    }

    private static Handler guarded(Route route, ApiTokens tokens, ApiJson json) {
        return ctx -> {
            Caller caller = authenticate(ctx, tokens);
            if (!caller.role().includes(route.role())) {
                throw new ApiError(403, route.label() + " needs role " + route.role().label() + "; this token is "
                        + caller.role().label());
            }
            Object body = route.action().handle(ctx, caller);
            ctx.attribute(HANDLED, Boolean.TRUE);
            ctx.contentType(JSON).result(json.write(body));
        };
    }

    private static Caller authenticate(Context ctx, ApiTokens tokens) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw new ApiError(401, "missing Authorization: Bearer <token> header");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiError(401, "Authorization header must be 'Bearer <token>'");
        }
        Optional<Caller> caller = tokens.authenticate(header.substring(7).strip());
        return caller.orElseThrow(() -> new ApiError(401, "unknown token"));
    }

    private static void fail(Context ctx, ApiJson json, int status, String message) {
        ctx.attribute(HANDLED, Boolean.TRUE);
        ctx.status(status).contentType(JSON).result(json.write(ApiJson.error(status, message)));
    }

    private static String openApi() {
        try (InputStream in = ApiServer.class.getResourceAsStream("/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is missing from the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read openapi.yaml from the classpath: " + e.getMessage(), e);
        }
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** {@code http://host:port/}. */
    public URI uri() {
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    /** Every served route as {@code METHOD /path} (Javalin path syntax), the WebSocket as {@code GET /api/ws}. */
    List<String> routes() {
        List<String> out = new ArrayList<>();
        out.add("GET " + OPENAPI);
        routes.forEach(r -> out.add(r.label()));
        out.add("GET /api/ws");
        return out;
    }

    int webSocketClients() {
        return feed.clientCount();
    }

    /** Stops the server and its feed; safe to call twice. */
    @Override
    public void close() {
        feed.close();
        app.stop();
    }
}
