package org.nettwin.sim.packet;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.sim.spi.RunSettings;
import org.nettwin.sim.spi.SimulationBackend;

/**
 * The packet-level discrete-event simulator (engine {@code packet}): the semantics of spec/scenario-format.md,
 * packet by packet. Replication r runs with random streams derived from (seed, r) (one sub-stream per flow), on its
 * own event loop; replications run side by side on {@code settings.threads()} threads and are aggregated in
 * replication order, so a seed gives the same result whatever the thread count. Holds no state between runs.
 */
public final class PacketSimulator implements SimulationBackend {

    /** The engine name written into results. */
    public static final String ENGINE = "packet";

    /** Events per chunk between progress reports (a few milliseconds of work). */
    private static final long CHUNK = 1 << 18;

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public SimulationResult run(Scenario scenario, RunSettings settings) {
        return runMeasured(scenario, settings).result();
    }

    /**
     * Runs the scenario and also returns the work it took (packets, packet-hops); {@code wall_s} of the result is the
     * wall time from compiling the scenario to the last replication's end.
     *
     * @throws CancellationException when the calling thread is interrupted
     */
    public PacketRun runMeasured(Scenario scenario, RunSettings settings) {
        requireNonNull(scenario, "scenario");
        requireNonNull(settings, "settings");
        long wallStart = System.nanoTime();
        ScenarioPlan plan = new ScenarioPlan(scenario);
        int n = settings.replications();
        RunProgress progress = new RunProgress(settings.progress(), n, plan.endNs);
        List<ReplicationResult> reps = new ArrayList<>(n);
        int threads = Math.min(settings.threads(), n);
        if (threads == 1) {
            for (int r = 0; r < n; r++) {
                reps.add(replicate(plan, settings.seed(), r, progress));
            }
        } else {
            reps.addAll(inParallel(plan, settings.seed(), n, threads, progress));
        }
        double wall = (System.nanoTime() - wallStart) / 1e9;
        long packets = 0;
        long hops = 0;
        int peak = 0;
        for (ReplicationResult r : reps) {
            packets += r.packets;
            hops += r.hops;
            peak = Math.max(peak, r.peakPackets);
        }
        return new PacketRun(ResultAggregation.of(plan, reps, wall), packets, hops, peak);
    }

    private static List<ReplicationResult> inParallel(ScenarioPlan plan, long seed, int n, int threads,
                                                      RunProgress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "nettwin-packet-replication");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ReplicationResult>> futures = new ArrayList<>(n);
            for (int r = 0; r < n; r++) {
                final int replication = r;
                futures.add(pool.submit(() -> replicate(plan, seed, replication, progress)));
            }
            List<ReplicationResult> out = new ArrayList<>(n);
            for (Future<ReplicationResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ReplicationResult replicate(ScenarioPlan plan, long seed, int r, RunProgress progress) {
        PacketNetwork network = new PacketNetwork(plan, seed, r);
        network.start();
        long reported = 0;
        boolean done = false;
        while (!done) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("interrupted");
            }
            done = network.advance(CHUNK);
            long events = network.eventsExecuted();
            progress.advanced(r, network.now(), events - reported);
            reported = events;
        }
        ReplicationResult result = network.finish();
        progress.finished(r);
        return result;
    }
}
