package org.nettwin.server.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.nettwin.model.format.FormatException;
import org.nettwin.server.api.Role;
import org.nettwin.server.demo.DemoCommand;
import org.nettwin.server.demo.DemoRig;

/**
 * A {@code nettwin demo} rig for benchmarks: the metro network on a data directory, the API on a free port of
 * 127.0.0.1, no storyline; started once the twin has its first traffic-matrix estimate (so that every route has
 * something to serve).
 */
final class LocalDemo implements ApiBench.LocalServer {

    private static final Duration ESTIMATE_PATIENCE = Duration.ofSeconds(120);
    private static final long PROGRESS_EVERY_MS = 5_000;

    private final DemoRig rig;

    private LocalDemo(DemoRig rig) {
        this.rig = rig;
    }

    /** Starts the rig and waits for the first estimate, printing progress to {@code out}. */
    static LocalDemo start(Path dataDir, PrintWriter out) throws IOException, InterruptedException {
        DemoRig rig;
        try {
            rig = DemoRig.start(DemoCommand.metro(), new DemoRig.Options(dataDir, 0, 1, Duration.ofMinutes(10),
                    "realistic", Optional.empty()), Clock.systemUTC(), line -> { });
        } catch (FormatException e) {
            throw new IOException("the demo network does not load: " + e.getMessage(), e);
        }
        LocalDemo demo = new LocalDemo(rig);
        try {
            demo.awaitEstimate(out);
            return demo;
        } catch (IOException | InterruptedException | RuntimeException e) {
            rig.close();
            throw e;
        }
    }

    private void awaitEstimate(PrintWriter out) throws IOException, InterruptedException {
        out.printf(Locale.ROOT, "demo rig at %s; waiting for the twin's first traffic-matrix estimate%n", rig.uri());
        out.flush();
        long start = System.nanoTime();
        long deadline = start + ESTIMATE_PATIENCE.toNanos();
        long nextProgress = System.currentTimeMillis() + PROGRESS_EVERY_MS;
        while (rig.twin().twin().state().matrix().isEmpty()) {
            rig.failure().ifPresent(e -> {
                throw new IllegalStateException("the demo rig stopped: " + e.getMessage(), e);
            });
            if (System.nanoTime() > deadline) {
                throw new IOException("the demo twin had no traffic-matrix estimate after "
                        + ESTIMATE_PATIENCE.toSeconds() + " s");
            }
            if (System.currentTimeMillis() >= nextProgress) {
                out.println("  " + rig.status());
                out.flush();
                nextProgress += PROGRESS_EVERY_MS;
            }
            Thread.sleep(200);
        }
        out.printf(Locale.ROOT, "first estimate after %.1f s%n", (System.nanoTime() - start) / 1e9);
        out.flush();
    }

    DemoRig rig() {
        return rig;
    }

    @Override
    public URI uri() {
        return rig.uri();
    }

    @Override
    public String token() {
        return rig.token(Role.VIEWER);
    }

    @Override
    public void close() {
        rig.close();
    }
}
