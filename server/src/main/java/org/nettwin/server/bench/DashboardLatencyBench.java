package org.nettwin.server.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.nettwin.server.api.Role;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.server.cli.DurationConverter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nettwin bench dashboard}: fault → dashboard latency. Starts a demo rig (metro network, collection, live
 * twin, API; no storyline), connects to {@code /api/ws} exactly as the dashboard does (first message
 * {@code {"type":"auth","token":...}}, then {@code state} pushes), waits for the first estimate, then for
 * {@code --rounds} rounds, one every {@code --every}, fails a link through {@code POST /api/emulator/faults} and
 * repairs it half a period later (each up to 1 s late at random, to sample every phase of the once-a-second push),
 * cycling over {@code --links}. Each fault is timed from the POST to the first push
 * showing the new status; prints each and p50 / p90 / max.
 */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = "Times injected link faults to the first WebSocket state push (what the dashboard shows).")
public final class DashboardLatencyBench implements Callable<Integer> {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /**
     * Each fault comes up to this late at random, so that faults sample every phase of the once-a-second push
     * instead of drifting slowly through it.
     */
    private static final int JITTER_MS = 1000;

    @Option(names = "--rounds", defaultValue = "10", description = "down/up rounds (default ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--every", defaultValue = "8s", converter = DurationConverter.class,
            description = "one round per period; the repair comes half-way (default ${DEFAULT-VALUE})")
    private Duration every;

    @Option(names = "--links", split = ",",
            defaultValue = "agg-north--agg-east,core-gw--agg-north,agg-south--agg-west,core-gw--agg-west",
            description = "links to fail in turn, ring and core (default ${DEFAULT-VALUE})")
    private List<String> links;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the faults' jitter (default ${DEFAULT-VALUE})")
    private long seed;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1 || rounds > 1000 || every.toMillis() < 2000 || links.isEmpty()) {
            throw new BadInputException("need --rounds in 1..1000, --every >= 2s and at least one --links");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dataDir = Files.createTempDirectory("nettwin-dashboard-bench");
        try (LocalDemo demo = LocalDemo.start(dataDir, out)) {
            List<String> known = demo.rig().twin().twin().state().links().stream().map(l -> l.id()).toList();
            for (String l : links) {
                if (!known.contains(l)) {
                    throw new BadInputException("--links " + l + ": no such link in the demo network");
                }
            }
            measure(demo, out);
        } finally {
            TempTree.delete(dataDir);
        }
        return 0;
    }

    private void measure(LocalDemo demo, PrintWriter out) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        StatePushes pushes = new StatePushes();
        URI ws = URI.create(demo.uri().toString().replaceFirst("^http", "ws")).resolve("/api/ws");
        WebSocket socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(ws, pushes).join();
        try {
            socket.sendText("{\"type\":\"auth\",\"token\":\"" + demo.rig().token(Role.VIEWER) + "\"}", true).join();
            if (!pushes.awaitHello(PATIENCE)) {
                throw new IOException("no hello on " + ws + " within " + PATIENCE.toSeconds() + " s");
            }
            for (String l : links) {
                pushes.expect(l, "UP");
                if (pushes.await(PATIENCE) < 0) {
                    throw new IOException(l + " is not UP in the pushed state after " + PATIENCE.toSeconds() + " s");
                }
            }
            out.printf(Locale.ROOT, "%d rounds, one every %.1f s (+ up to 1 s jitter), over %s; timing "
                    + "POST /api/emulator/faults → first /api/ws state push showing it%n", rounds, every.toMillis() / 1e3, links);
            out.flush();
            List<Double> millis = rounds(demo, http, pushes, out);
            report(millis, out);
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
            socket.abort();
        }
    }

    private List<Double> rounds(LocalDemo demo, HttpClient http, StatePushes pushes, PrintWriter out)
            throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>();
        Random jitter = new Random(seed);
        long next = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            String link = links.get(r % links.size());
            sleepUntil(next + jitter.nextInt(JITTER_MS) * 1_000_000L);
            double down = timed(demo, http, pushes, "link-down", link, "DOWN");
            sleepUntil(next + every.toNanos() / 2 + jitter.nextInt(JITTER_MS) * 1_000_000L);
            double up = timed(demo, http, pushes, "link-up", link, "UP");
            millis.add(down);
            millis.add(up);
            out.printf(Locale.ROOT, "round %2d/%d  %-22s down → push %7.0f ms   up → push %7.0f ms%n", r + 1, rounds,
                    link, down, up);
            out.flush();
            next += every.toNanos();
        }
        return millis;
    }

    private static double timed(LocalDemo demo, HttpClient http, StatePushes pushes, String type, String link,
                                String want) throws IOException, InterruptedException {
        pushes.expect(link, want);
        long posted = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(demo.uri().resolve("/api/emulator/faults"))
                .header("Authorization", "Bearer " + demo.rig().token(Role.OPERATOR))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"" + type + "\",\"link\":\"" + link + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new IOException("POST /api/emulator/faults " + type + " " + link + " answered " + r.statusCode());
        }
        long seen = pushes.await(PATIENCE);
        if (seen < 0) {
            throw new IOException("no state push showed " + link + " " + want + " within " + PATIENCE.toSeconds()
                    + " s of the fault");
        }
        return (seen - posted) / 1e6;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static void report(List<Double> millis, PrintWriter out) {
        List<Double> sorted = millis.stream().sorted().toList();
        out.printf(Locale.ROOT, "fault → dashboard push (%d faults): p50 %.0f ms, p90 %.0f ms, max %.0f ms%n",
                sorted.size(), rank(sorted, 0.50), rank(sorted, 0.90), sorted.get(sorted.size() - 1));
        out.flush();
    }

    /** The nearest-rank percentile of a sorted list. */
    static double rank(List<Double> sorted, double p) {
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
