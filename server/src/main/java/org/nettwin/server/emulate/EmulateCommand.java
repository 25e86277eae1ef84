package org.nettwin.server.emulate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.nettwin.emulator.fault.Fault;
import org.nettwin.emulator.fault.FaultJson;
import org.nettwin.emulator.fault.FaultResult;
import org.nettwin.emulator.network.EmulatorSettings;
import org.nettwin.emulator.truth.JsonLinesTruthWriter;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.NetworkReaders;
import org.nettwin.model.topology.Topology;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.server.cli.DurationConverter;
import org.nettwin.server.collect.LiveCollection;
import org.nettwin.server.store.StoreConfig;
import org.nettwin.store.JdbcTwinStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nettwin emulate}: runs a network in real time with real protocol endpoints (see {@link EmulatorRig}),
 * injects faults given with {@code --fault} or as JSON lines on stdin, writes the ground truth when asked, and with
 * {@code --collect} also collects everything over those protocols into the store. Prints a status line periodically;
 * stops after {@code --duration} or on Ctrl-C.
 */
@Command(name = "emulate", mixinStandardHelpOptions = true,
        description = {"Runs a network in real time and serves its telemetry over gNMI, Prometheus and MQTT (TLS on"
                + " 127.0.0.1, per-device credentials).",
            "Faults: --fault AT=JSON, or one JSON fault per line on stdin, e.g. {\"type\":\"link-down\",\"link\":\"L3\"}."})
public final class EmulateCommand implements Callable<Integer> {

    @Option(names = "--topology", required = true, paramLabel = "FILE", description = "any topology nettwin reads")
    private Path topologyFile;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--duration", converter = DurationConverter.class,
            description = "stop after this long (default: run until Ctrl-C)")
    private Duration duration;

    @Option(names = "--day", converter = DurationConverter.class, defaultValue = "24h",
            description = "length of one diurnal traffic cycle (default ${DEFAULT-VALUE}; e.g. 10m for a demo)")
    private Duration day;

    @Option(names = "--flaws", defaultValue = "none", description = "device flaws: none or realistic (default ${DEFAULT-VALUE})")
    private String flaws;

    @Option(names = "--truth", paramLabel = "FILE", description = "append the ground truth, one JSON line per second")
    private Path truthFile;

    @Option(names = "--directory", paramLabel = "FILE",
            description = "write the endpoints and per-device credentials for collectors (mode 0600)")
    private Path directoryFile;

    @Option(names = "--collect", description = "also collect all telemetry into the store (NETTWIN_STORE...)")
    private boolean collect;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "with --collect: the DuckDB directory (default ./data); env NETTWIN_DATA_DIR")
    private Path dataDir;

    @Option(names = "--fault", paramLabel = "AT=JSON", description = "inject a fault AT after the start, e.g. 60s={...}")
    private List<String> faults = new ArrayList<>();

    @Option(names = "--status-every", converter = DurationConverter.class, defaultValue = "10s",
            description = "status line period (default ${DEFAULT-VALUE})")
    private Duration statusEvery;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws FormatException, IOException, InterruptedException {
        Topology topology = NetworkReaders.installed().read(topologyFile).network().topology();
        List<ScheduledFault> schedule = new ArrayList<>();
        for (String f : faults) {
            schedule.add(ScheduledFault.parse(f));
        }
        EmulatorSettings settings = RunSettings.of(seed, day, flaws, topology);
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(stop::countDown, "nettwin-emulate-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (EmulatorRig rig = EmulatorRig.start(topology, settings, Clock.systemUTC());
             TruthOutput truth = TruthOutput.of(rig, Optional.ofNullable(truthFile));
             Collection collection = Collection.of(collect, rig, Optional.ofNullable(dataDir))) {
            if (directoryFile != null) {
                rig.directory().writeTo(directoryFile);
            }
            out.printf("nettwin emulate: %s, %d nodes, %d links: devices %s%s%n", topology.name(),
                    topology.nodes().size(), topology.links().size(), rig.deviceCounts(),
                    rig.broker().map(b -> ", MQTT broker " + b.uri()).orElse(""));
            if (directoryFile != null) {
                out.println("  endpoints and credentials: " + directoryFile + " (keep it private)");
            }
            out.flush();
            startStdinFaults(rig, out);
            run(rig, collection, schedule, stop, out);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already
            }
        }
        return 0;
    }

    private void run(EmulatorRig rig, Collection collection, List<ScheduledFault> schedule, CountDownLatch stop,
                     PrintWriter out) throws InterruptedException {
        long start = System.nanoTime();
        long end = duration == null ? Long.MAX_VALUE : start + duration.toNanos();
        long nextStatus = start + statusEvery.toNanos();
        List<ScheduledFault> pending = new ArrayList<>(schedule);
        while (System.nanoTime() < end) {
            long now = System.nanoTime();
            for (var it = pending.iterator(); it.hasNext();) {
                ScheduledFault f = it.next();
                if (now - start >= f.at().toNanos()) {
                    inject(rig, f.fault(), out);
                    it.remove();
                }
            }
            if (now >= nextStatus) {
                out.println(StatusLine.of(rig, collection.live(), Duration.ofNanos(now - start)));
                out.flush();
                nextStatus += statusEvery.toNanos();
            }
            rig.network().failure().ifPresent(e -> {
                throw new IllegalStateException("the emulated network stopped: " + e.getMessage(), e);
            });
            if (stop.await(Math.min(200, Math.max(1, (end - System.nanoTime()) / 1_000_000)),
                    TimeUnit.MILLISECONDS)) {
                out.println("nettwin emulate: stopping");
                break;
            }
        }
        out.println(StatusLine.of(rig, collection.live(), Duration.ofNanos(System.nanoTime() - start)));
        out.flush();
    }

    private static void inject(EmulatorRig rig, Fault fault, PrintWriter out) {
        try {
            FaultResult result = rig.network().inject(fault);
            out.println("fault: " + result.effect());
        } catch (IllegalArgumentException e) {
            out.println("fault refused: " + e.getMessage());
        }
        out.flush();
    }

    private void startStdinFaults(EmulatorRig rig, PrintWriter out) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                int n = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        inject(rig, FaultJson.parse(line), out);
                    } catch (IllegalArgumentException e) {
                        out.println("stdin line " + n + ": " + e.getMessage());
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // stdin closed or unreadable: faults then come only from --fault
            }
        }, "nettwin-emulate-stdin");
        reader.setDaemon(true);
        reader.start();
    }

    /** The optional live collection into the store. */
    private record Collection(Optional<JdbcTwinStore> store, Optional<LiveCollection> live) implements AutoCloseable {

        static Collection of(boolean on, EmulatorRig rig, Optional<Path> dataDir) {
            if (!on) {
                return new Collection(Optional.empty(), Optional.empty());
            }
            JdbcTwinStore store = JdbcTwinStore.open(StoreConfig.from(System.getenv(), Optional.empty(), dataDir,
                    Optional.empty()), Clock.systemUTC());
            try {
                LiveCollection live = LiveCollection.start(rig.directory(), store.series(),
                        "emulate-" + System.currentTimeMillis(), Clock.systemUTC(), Duration.ofSeconds(1),
                        Duration.ofMillis(100));
                return new Collection(Optional.of(store), Optional.of(live));
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }

        @Override
        public void close() {
            live.ifPresent(LiveCollection::close);
            store.ifPresent(JdbcTwinStore::close);
        }
    }

    /** A fault to inject at a time after the start: {@code AT=JSON}. */
    record ScheduledFault(Duration at, Fault fault) {
        static ScheduledFault parse(String option) {
            int eq = option.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException("--fault " + option + ": expected AT=JSON, e.g. 60s={\"type\":\"link-down\","
                        + "\"link\":\"L3\"}");
            }
            try {
                return new ScheduledFault(DurationConverter.parse(option.substring(0, eq)),
                        FaultJson.parse(option.substring(eq + 1)));
            } catch (IllegalArgumentException | CommandLine.TypeConversionException e) {
                throw new BadInputException("--fault " + option.substring(0, eq) + ": " + e.getMessage());
            }
        }
    }

    /** Appends the ground truth to a file while the network runs. */
    private record TruthOutput(Optional<JsonLinesTruthWriter> writer, Optional<AutoCloseable> subscription)
            implements AutoCloseable {

        static TruthOutput of(EmulatorRig rig, Optional<Path> file) {
            if (file.isEmpty()) {
                return new TruthOutput(Optional.empty(), Optional.empty());
            }
            JsonLinesTruthWriter writer = JsonLinesTruthWriter.appendingTo(file.get());
            return new TruthOutput(Optional.of(writer), Optional.of(rig.network().truth().subscribe(writer)));
        }

        @Override
        public void close() throws IOException {
            if (subscription.isPresent()) {
                try {
                    subscription.get().close();
                } catch (Exception e) {
                    throw new IOException("cannot stop the ground-truth output: " + e.getMessage(), e);
                }
            }
            if (writer.isPresent()) {
                writer.get().close();
            }
        }
    }
}
