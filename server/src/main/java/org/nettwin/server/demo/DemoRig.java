package org.nettwin.server.demo;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.nettwin.emulator.fault.FaultJson;
import org.nettwin.model.network.Network;
import org.nettwin.server.api.ApiServer;
import org.nettwin.server.api.ApiSettings;
import org.nettwin.server.api.ApiTokens;
import org.nettwin.server.api.IssuedTokens;
import org.nettwin.server.api.Role;
import org.nettwin.server.emulate.RunSettings;
import org.nettwin.server.store.StoreConfig;
import org.nettwin.server.twin.TruthWindow;
import org.nettwin.server.twin.TwinRig;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.store.JdbcTwinStore;
import org.nettwin.twin.live.LiveTwin;
import org.nettwin.twin.matrix.EstimationError;
import org.nettwin.twin.live.LiveTwinSettings;
import org.nettwin.twin.state.TwinState;
import org.nettwin.twin.whatif.WhatIfJobs;
import org.nettwin.twin.whatif.WhatIfSettings;

/**
 * Everything {@code nettwin demo} runs, started in order and closed in reverse: the repository in the data
 * directory, the API tokens kept beside it (mode 0600), the emulated network with collection and the live twin
 * ({@link TwinRig}), what-if jobs, the API and dashboard server, and the storyline.
 */
public final class DemoRig implements AutoCloseable {

    /** What to run: data directory, API port (0 = any), emulator seed, diurnal day, flaws and the storyline. */
    public record Options(Path dataDir, int port, long seed, Duration day, String flaws, Optional<Storyline> story) {
        public Options {
            requireNonNull(dataDir, "dataDir");
            requireNonNull(day, "day");
            requireNonNull(flaws, "flaws");
            requireNonNull(story, "story");
        }
    }

    private final JdbcTwinStore store;
    private final IssuedTokens tokens;
    private final TwinRig twin;
    private final WhatIfJobs jobs;
    private final ApiServer api;
    private final ScheduledExecutorService scheduler;
    private final Path dataDir;
    private final long started = System.nanoTime();

    private DemoRig(JdbcTwinStore store, IssuedTokens tokens, TwinRig twin, WhatIfJobs jobs, ApiServer api,
                    Path dataDir) {
        this.store = store;
        this.tokens = tokens;
        this.twin = twin;
        this.jobs = jobs;
        this.api = api;
        this.dataDir = dataDir;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nettwin-demo-story");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts everything; {@code say} hears the storyline as it unfolds. */
    public static DemoRig start(Network network, Options options, Clock clock, Consumer<String> say)
            throws IOException {
        refuseTakenPort(options.port());
        Files.createDirectories(options.dataDir());
        IssuedTokens tokens = tokens(options.dataDir().resolve("api-tokens"));
        JdbcTwinStore store = JdbcTwinStore.open(StoreConfig.from(System.getenv(), Optional.empty(),
                Optional.of(options.dataDir()), Optional.empty()), clock);
        TwinRig twin = null;
        WhatIfJobs jobs = null;
        try {
            twin = TwinRig.start(network, RunSettings.of(options.seed(), options.day(), options.flaws(),
                    network.topology()), LiveTwinSettings.DEFAULTS, store, clock);
            jobs = new WhatIfJobs(twin.twin(), store, clock, WhatIfSettings.DEFAULTS);
            DemoBackend backend = new DemoBackend(network, twin.twin(), jobs, store,
                    Optional.of(twin.emulator().network()));
            ApiServer api = startApi(backend, tokens.tokens(), options.port());
            DemoRig rig = new DemoRig(store, tokens, twin, jobs, api, options.dataDir());
            TwinRig running = twin;
            options.story().ifPresent(s -> s.schedule(rig.scheduler,
                    json -> running.emulator().network().inject(FaultJson.parse(json)).effect(), say));
            return rig;
        } catch (RuntimeException e) {
            if (jobs != null) {
                jobs.close();
            }
            if (twin != null) {
                twin.close();
            }
            store.close();
            throw e;
        }
    }

    private static ApiServer startApi(DemoBackend backend, ApiTokens tokens, int port) {
        try {
            return ApiServer.start(backend, tokens, ApiSettings.DEFAULTS.withPort(port));
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot serve the dashboard on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "); is another demo running? Pass --port N, or --port 0 for any free port", e);
        }
    }

    /** Fails at once, before anything starts, when the dashboard's port is taken (another demo, say). */
    static void refuseTakenPort(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " on 127.0.0.1 is taken (another nettwin demo?); pass "
                    + "--port N, or --port 0 for any free port", e);
        }
    }

    /** The tokens kept in the data directory, or new ones written there (mode 0600) on the first start. */
    static IssuedTokens tokens(Path file) throws IOException {
        if (Files.exists(file)) {
            return IssuedTokens.readFrom(file);
        }
        IssuedTokens issued = ApiTokens.generate(new SecureRandom());
        issued.writeTo(file);
        return issued;
    }

    /** Where the dashboard is. */
    public URI uri() {
        return api.uri();
    }

    /** The plain token of a role (for the banner and tests). */
    public String token(Role role) {
        return tokens.token(role).orElseThrow(() -> new IllegalStateException("no " + role.label() + " token"));
    }

    public TwinRig twin() {
        return twin;
    }

    public WhatIfJobs jobs() {
        return jobs;
    }

    public JdbcTwinStore store() {
        return store;
    }

    /** What to open and how to sign in. */
    public String banner() {
        String operator = token(Role.OPERATOR);
        return String.join(System.lineSeparator(),
                "nettwin demo: " + twin.twin().state().network() + " is running (data in " + dataDir + ")",
                "  dashboard:  " + uri() + "#token=" + operator,
                "  or open " + uri() + " and sign in with the operator token " + operator,
                "  viewer and admin tokens are in " + dataDir.resolve("api-tokens") + " (keep it private)",
                "  API:        " + uri() + "api/openapi.yaml  (curl -H 'Authorization: Bearer <token>' "
                        + uri() + "api/state)",
                "  storyline:  a link fails at 1:00, east radio sites surge at 2:00, the link is repaired at 3:00;"
                        + " Ctrl-C stops");
    }

    /** One status line: uptime, collection, twin state and fidelity. */
    public String status() {
        TwinState s = twin.twin().state();
        long up = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        String fidelity = s.fidelity().map(f -> String.format(Locale.ROOT, "fidelity %.3f (mean error %.2f pp)%s",
                f.score(), 100 * f.meanAbsoluteError(), f.drifting() ? " DRIFTING" : "")).orElse("fidelity pending");
        return String.format(Locale.ROOT, "%d:%02d  %s; twin: max link %.0f %%, %d alarms, %s%s", up / 60, up % 60,
                twin.collection().status(), 100 * s.kpis().getOrDefault("max_link_utilisation", 0.0),
                s.alarms().size(), fidelity, matrixScore());
    }

    /**
     * The traffic-matrix estimate's relative L2 error against the emulator's true matrix over the same seconds — the
     * demo may look at the truth to report how good the twin is; the twin itself never does.
     */
    private String matrixScore() {
        LiveTwin live = twin.twin();
        Optional<TrafficMatrix> truth = live.estimateWindow()
                .flatMap(w -> TruthWindow.mean(twin.emulator().network().truth(), w));
        if (truth.isEmpty() || truth.get().total().bitsPerSecond() <= 0 || live.currentMatrix().isEmpty()) {
            return "";
        }
        return String.format(Locale.ROOT, ", TM error vs emulator truth %.3f",
                EstimationError.of(live.currentMatrix(), truth.get()).relativeL2());
    }

    /** Why a part stopped on its own, if one did. */
    public Optional<RuntimeException> failure() {
        return twin.emulator().network().failure();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        api.close();
        jobs.close();
        twin.close();
        store.close();
    }
}
