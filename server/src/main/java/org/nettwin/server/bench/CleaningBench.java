package org.nettwin.server.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.nettwin.emulator.device.DeviceRole;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.emulator.fault.Fault;
import org.nettwin.emulator.network.EmulatorSettings;
import org.nettwin.emulator.truth.TruthSecond;
import org.nettwin.model.topology.Topology;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.server.cli.DurationConverter;
import org.nettwin.server.collect.LiveCollection;
import org.nettwin.server.emulate.EmulatorRig;
import org.nettwin.server.emulate.RunSettings;
import org.nettwin.store.JdbcTwinStore;
import org.nettwin.store.StoreSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nettwin bench cleaning}: cleaning accuracy end to end against the emulator's ground truth. A metro network
 * runs with realistic flaws (per-device clock offsets up to ±150 ms and drifts up to ±30 ppm, every fourth router on
 * 32-bit counters that wrap every few seconds at 10 Gb/s, missing/duplicate/late/malformed messages), two routers
 * reboot and one clock jumps by 400 ms; telemetry is collected over gNMI/MQTT/Prometheus with TLS, cleaned and
 * stored; then stored rates and estimated clock offsets are compared with the truth (see {@link CleaningAccuracy}).
 */
@Command(name = "cleaning", mixinStandardHelpOptions = true,
        description = "Cleaning accuracy against the emulator's ground truth (targets: rates within 1 %, clocks within 10 ms).")
public final class CleaningBench implements Callable<Integer> {

    @Option(names = "--sites", defaultValue = "20", description = "radio sites of the metro (default ${DEFAULT-VALUE})")
    private int sites;

    @Option(names = "--duration", defaultValue = "5m", converter = DurationConverter.class,
            description = "how long to run (default ${DEFAULT-VALUE})")
    private Duration duration;

    @Option(names = "--seed", defaultValue = "7", description = "seed of traffic and flaws (default ${DEFAULT-VALUE})")
    private long seed;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (sites < 5 || duration.toSeconds() < 60) {
            throw new BadInputException("need --sites >= 5 and --duration >= 60s");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Topology topology = SoakNetwork.of(sites);
        EmulatorSettings settings = RunSettings.of(seed, Duration.ofMinutes(20), "realistic", topology);
        Path dir = Files.createTempDirectory("nettwin-cleaning");
        Clock clock = Clock.systemUTC();
        CleaningAccuracy accuracy = new CleaningAccuracy();
        try (JdbcTwinStore store = JdbcTwinStore.open(StoreSettings.duckdb(dir.resolve("store")), clock);
             EmulatorRig rig = EmulatorRig.start(topology, settings, clock)) {
            List<TruthSecond> truth = new CopyOnWriteArrayList<>();
            rig.network().truth().subscribe(truth::add);
            LiveCollection live = LiveCollection.start(rig.directory(), store.series(), "cleaning", clock,
                    Duration.ofSeconds(1), Duration.ofMillis(100));
            try {
                Instant from = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(30);
                run(rig, err);
                Instant to = clock.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(8);
                Thread.sleep(8_000);
                live.close();
                accuracy.scoreRates(store.series(), rig.network().devices(), truth, from, to);
                accuracy.scoreClocks(live.pipeline().health(), truth.get(truth.size() - 1), rig.network().devices()
                        .stream().filter(d -> d.role() != DeviceRole.SERVER).map(EmulatedDevice::id)
                        .collect(java.util.stream.Collectors.toSet()));
            } finally {
                live.close();
            }
        } finally {
            TempTree.delete(dir);
        }
        out.printf(Locale.ROOT, "bench cleaning: %d-site metro for %s with realistic flaws, 2 reboots, 1 clock jump%n",
                sites, duration);
        accuracy.lines().forEach(l -> out.println("  " + l));
        out.println(accuracy.passed() ? "  PASS" : "  FAIL: see the figures above");
        out.flush();
        return accuracy.passed() ? 0 : 1;
    }

    private void run(EmulatorRig rig, PrintWriter err) throws InterruptedException {
        List<EmulatedDevice> routers = rig.network().devices().stream()
                .filter(d -> d.role() == DeviceRole.ROUTER).toList();
        long third = duration.toMillis() / 3;
        Thread.sleep(third);
        for (int i = 0; i < 2 && i < routers.size(); i++) {
            err.println("cleaning: " + rig.network().inject(new Fault.Reboot(routers.get(i * 3).id())).effect());
        }
        Thread.sleep(third);
        if (routers.size() > 1) {
            err.println("cleaning: " + rig.network().inject(new Fault.ClockJump(routers.get(1).id(),
                    Duration.ofMillis(400))).effect());
        }
        Thread.sleep(duration.toMillis() - 2 * third);
        err.flush();
    }
}
