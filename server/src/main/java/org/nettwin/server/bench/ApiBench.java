package org.nettwin.server.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.HdrHistogram.Histogram;
import org.nettwin.server.api.ApiServer;
import org.nettwin.server.api.ApiSettings;
import org.nettwin.server.api.ApiTokens;
import org.nettwin.server.api.IssuedTokens;
import org.nettwin.server.api.Role;
import org.nettwin.server.api.TwinBackend;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.server.cli.DurationConverter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Load on the REST API over loopback: {@code --clients} closed-loop clients, each GETting the routes in turn for
 * {@code --duration} after a warm-up; prints per route the requests per second, p50, p99 and max latency (ms,
 * HdrHistogram) and the errors. With {@code --url} it loads a running server; without, it starts a demo rig itself
 * (the metro network, collection, live twin, API; no storyline) and loads it once the twin has its first estimate.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = "Loads the REST API with closed-loop clients and prints requests/s and latency per route.")
public final class ApiBench implements Callable<Integer> {

    @Option(names = "--url", description = "base URL of a running server (default: start one here)")
    private URI url;

    @Option(names = "--token", description = "bearer token for --url (default: NETTWIN_API_TOKEN)")
    private String token;

    @Option(names = "--clients", defaultValue = "50", description = "concurrent clients (default ${DEFAULT-VALUE})")
    private int clients;

    @Option(names = "--duration", defaultValue = "30s", converter = DurationConverter.class,
            description = "measured time (default ${DEFAULT-VALUE})")
    private Duration duration;

    @Option(names = "--warmup", defaultValue = "3s", converter = DurationConverter.class,
            description = "unmeasured time first (default ${DEFAULT-VALUE})")
    private Duration warmup;

    @Option(names = "--routes", split = ",", defaultValue = "/api/topology,/api/kpis,/api/state",
            description = "GET routes each client cycles through (default ${DEFAULT-VALUE})")
    private List<String> routes;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** A server this command started (no {@code --url}): where it is and the token to load it with. */
    public interface LocalServer extends AutoCloseable {
        /** The server's base URL. */
        URI uri();

        /** A viewer token (every GET route). */
        String token();

        @Override
        void close();
    }

    /** Starts the server to load when no {@code --url} is given, on a fresh data directory. */
    @FunctionalInterface
    public interface LocalServers {
        /** Starts it; {@code out} hears progress. */
        LocalServer start(Path dataDir, PrintWriter out) throws IOException, InterruptedException;
    }

    private final LocalServers local;

    /** The command as picocli makes it: without {@code --url} it starts a demo rig ({@code nettwin demo}, no story). */
    public ApiBench() {
        this.local = LocalDemo::start;
    }

    /** The command with {@code localBackend} served by an API server it starts when no {@code --url} is given. */
    public ApiBench(Function<Path, TwinBackend> localBackend) {
        this.local = (dataDir, out) -> served(localBackend.apply(dataDir));
    }

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || clients > 2000 || duration.isNegative() || duration.isZero() || warmup.isNegative()
                || routes.isEmpty() || routes.stream().anyMatch(r -> !r.startsWith("/"))) {
            throw new BadInputException("need --clients in 1..2000, --duration > 0, --warmup >= 0 and --routes "
                    + "starting with /");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (url != null) {
            String bearer = token != null ? token : System.getenv("NETTWIN_API_TOKEN");
            if (bearer == null || bearer.isBlank()) {
                throw new BadInputException("--url needs --token (or NETTWIN_API_TOKEN)");
            }
            run(url, bearer, out);
            return 0;
        }
        Path dataDir = Files.createTempDirectory("nettwin-api-bench");
        try {
            runLocally(dataDir, out);
        } finally {
            TempTree.delete(dataDir);
        }
        return 0;
    }

    private void runLocally(Path dataDir, PrintWriter out) throws Exception {
        try (LocalServer server = local.start(dataDir, out)) {
            out.printf(Locale.ROOT, "started a server at %s%n", server.uri());
            run(server.uri(), server.token(), out);
        }
    }

    /** An API server on {@code backend} with fresh tokens; closing it closes the backend too if it can be. */
    private static LocalServer served(TwinBackend backend) {
        IssuedTokens issued = ApiTokens.generate(new SecureRandom());
        ApiServer server = ApiServer.start(backend, issued.tokens(), ApiSettings.DEFAULTS);
        String viewer = issued.token(Role.VIEWER).orElseThrow();
        return new LocalServer() {
            @Override
            public URI uri() {
                return server.uri();
            }

            @Override
            public String token() {
                return viewer;
            }

            @Override
            public void close() {
                server.close();
                if (backend instanceof AutoCloseable closeable) {
                    try {
                        closeable.close();
                    } catch (Exception e) {
                        throw new IllegalStateException("cannot close the bench backend: " + e.getMessage(), e);
                    }
                }
            }
        };
    }

    private void run(URI base, String bearer, PrintWriter out) throws Exception {
        List<URI> targets = routes.stream().map(r -> base.resolve(r)).toList();
        out.printf(Locale.ROOT, "%d clients, closed loop over %s; %.1f s warm-up, %.1f s measured%n", clients, routes,
                warmup.toMillis() / 1e3, duration.toMillis() / 1e3);
        out.flush();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r, "api-bench-client");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        List<Future<ClientTally>> tallies = new ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) {
                int offset = c % targets.size();
                tallies.add(pool.submit(() -> load(http, targets, offset, bearer, measureFrom, end)));
            }
            ClientTally total = new ClientTally(targets.size());
            for (Future<ClientTally> f : tallies) {
                total.add(f.get());
            }
            report(total, out);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ClientTally load(HttpClient http, List<URI> targets, int offset, String bearer, long measureFrom,
                                    long end) throws InterruptedException {
        ClientTally tally = new ClientTally(targets.size());
        List<HttpRequest> requests = targets.stream().map(u -> HttpRequest.newBuilder(u)
                .header("Authorization", "Bearer " + bearer).timeout(Duration.ofSeconds(30)).GET().build()).toList();
        int i = offset;
        while (System.nanoTime() < end) {
            int route = i++ % requests.size();
            long t0 = System.nanoTime();
            boolean ok;
            try {
                HttpResponse<byte[]> r = http.send(requests.get(route), HttpResponse.BodyHandlers.ofByteArray());
                ok = r.statusCode() == 200;
            } catch (IOException e) {
                ok = false;
            }
            long t1 = System.nanoTime();
            if (t0 >= measureFrom && t1 <= end) {
                tally.record(route, t1 - t0, ok);
            }
        }
        return tally;
    }

    private void report(ClientTally total, PrintWriter out) {
        double seconds = duration.toNanos() / 1e9;
        out.printf(Locale.ROOT, "%-24s %10s %10s %9s %9s %9s %7s%n", "route", "requests", "req/s", "p50 ms",
                "p99 ms", "max ms", "errors");
        Histogram all = new Histogram(3);
        long allErrors = 0;
        for (int r = 0; r < routes.size(); r++) {
            Histogram h = total.latency.get(r);
            all.add(h);
            allErrors += total.errors[r];
            line(out, routes.get(r), h, total.errors[r], seconds);
        }
        line(out, "all", all, allErrors, seconds);
        out.flush();
    }

    private static void line(PrintWriter out, String name, Histogram h, long errors, double seconds) {
        long n = h.getTotalCount();
        out.printf(Locale.ROOT, "%-24s %10d %10.0f %9.2f %9.2f %9.2f %7d%n", name, n, n / seconds,
                n == 0 ? 0 : h.getValueAtPercentile(50) / 1e6, n == 0 ? 0 : h.getValueAtPercentile(99) / 1e6,
                n == 0 ? 0 : h.getMaxValue() / 1e6, errors);
    }

    /** One client's (or all clients') latencies in ns and error counts per route. */
    private static final class ClientTally {
        final List<Histogram> latency = new ArrayList<>();
        final long[] errors;

        ClientTally(int routes) {
            for (int r = 0; r < routes; r++) {
                latency.add(new Histogram(3));
            }
            errors = new long[routes];
        }

        void record(int route, long nanos, boolean ok) {
            latency.get(route).recordValue(Math.max(1, nanos));
            if (!ok) {
                errors[route]++;
            }
        }

        void add(ClientTally other) {
            for (int r = 0; r < errors.length; r++) {
                latency.get(r).add(other.latency.get(r));
                errors[r] += other.errors[r];
            }
        }
    }
}
