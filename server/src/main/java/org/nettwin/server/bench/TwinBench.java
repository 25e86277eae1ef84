package org.nettwin.server.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nettwin.emulator.fault.FaultJson;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.NetworkReaders;
import org.nettwin.model.network.Network;
import org.nettwin.model.topology.NodeKind;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.server.cli.DurationConverter;
import org.nettwin.server.emulate.RunSettings;
import org.nettwin.server.twin.TwinRig;
import org.nettwin.store.JdbcTwinStore;
import org.nettwin.store.StoreSettings;
import org.nettwin.twin.live.LiveTwinSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nettwin bench twin}: the live twin of issue 6 against the emulator's ground truth. The network (default
 * {@code examples/metro-5g.json}) runs in real time with realistic device flaws, collected over gNMI, Prometheus and
 * MQTT into an embedded store and the twin; a ring link fails at a third of {@code --duration} and comes back at a
 * half, a gNB's traffic surges ×3 for 30 s at two thirds. Per estimate window it prints the traffic-matrix relative L2
 * error against the truth (the plain gravity prior's and the estimate without node totals for reference), fidelity
 * mean/p90, and the latency from each link fault to the twin state showing it.
 */
@Command(name = "twin", mixinStandardHelpOptions = true,
        description = "Runs emulator + collection + live twin and scores the twin against the emulator's truth.")
public final class TwinBench implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "network (default examples/metro-5g.json)")
    private Path file;

    @Option(names = "--duration", defaultValue = "3m", converter = DurationConverter.class,
            description = "how long to run (default ${DEFAULT-VALUE}, at least 60s)")
    private Duration duration;

    @Option(names = "--seed", defaultValue = "7", description = "seed of traffic and flaws (default ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--link", description = "the link to fail (default: the first link whose loss keeps the network "
            + "connected)")
    private String link;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException, FormatException {
        if (duration.toSeconds() < 60) {
            throw new BadInputException("--duration must be at least 60s, got " + duration.toSeconds() + "s");
        }
        Path path = file != null ? file : Path.of("examples/metro-5g.json");
        if (!Files.isRegularFile(path)) {
            throw new BadInputException("network file " + path + " not found");
        }
        Network network = NetworkReaders.installed().read(path).network();
        String failing = link != null ? link : TwinScore.ringLink(network.topology()).orElseThrow(
                () -> new BadInputException(path + ": no link can fail without cutting the network"));
        if (network.topology().links().stream().noneMatch(l -> l.id().value().equals(failing))) {
            throw new BadInputException("--link " + failing + ": no such link in " + path);
        }
        String surging = network.topology().nodes().stream().filter(n -> n.kind() == NodeKind.GNB).findFirst()
                .orElse(network.topology().nodes().get(0)).id().value();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "bench twin: %s (%d nodes, %d links) for %ds, realistic flaws; %s fails at +%ds, back "
                + "at +%ds; %s surges x3 at +%ds for 30s%n", network.topology().name(),
                network.topology().nodes().size(), network.topology().links().size(), duration.toSeconds(), failing,
                duration.toSeconds() / 3, duration.toSeconds() / 2, surging, 2 * duration.toSeconds() / 3);
        Path dir = Files.createTempDirectory("nettwin-bench-twin");
        Clock clock = Clock.systemUTC();
        try (JdbcTwinStore store = JdbcTwinStore.open(StoreSettings.duckdb(dir.resolve("store")), clock);
             TwinRig rig = TwinRig.start(network, RunSettings.of(seed, Duration.ofHours(24), "realistic",
                     network.topology()), LiveTwinSettings.DEFAULTS, store, clock)) {
            TwinScore score = new TwinScore(rig, failing, out);
            try (AutoCloseable listening = rig.twin().onState(score::onState)) {
                run(rig, score, failing, surging);
            } catch (Exception e) {
                throw new IllegalStateException("bench twin: " + e.getMessage(), e);
            }
            score.summary(rig.twin().badObservations());
        } finally {
            TempTree.delete(dir);
        }
        out.flush();
        return 0;
    }

    private void run(TwinRig rig, TwinScore score, String failing, String surging) throws InterruptedException {
        long total = duration.toMillis();
        Thread.sleep(total / 3);
        score.injected("down");
        rig.emulator().network().inject(FaultJson.parse("{\"type\":\"link-down\",\"link\":\"" + failing + "\"}"));
        Thread.sleep(total / 2 - total / 3);
        score.injected("up");
        rig.emulator().network().inject(FaultJson.parse("{\"type\":\"link-up\",\"link\":\"" + failing + "\"}"));
        Thread.sleep(2 * total / 3 - total / 2);
        rig.emulator().network().inject(FaultJson.parse("{\"type\":\"surge\",\"from\":\"" + surging
                + "\",\"factor\":3,\"duration\":\"PT30S\"}"));
        Thread.sleep(total - 2 * total / 3);
    }
}
