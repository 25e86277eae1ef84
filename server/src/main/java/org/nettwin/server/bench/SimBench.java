package org.nettwin.server.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.scenario.ScenarioReader;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.sim.packet.PacketRun;
import org.nettwin.sim.packet.PacketSimulator;
import org.nettwin.sim.spi.ProgressListener;
import org.nettwin.sim.spi.RunSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times the packet-level simulator on every ns-3 anchor scenario and compares with ns-3's wall time
 * ({@code results/aggregate.csv}, column {@code wall_s_median}); or runs the Kdl memory scenario and prints the heap
 * it used; or times the event queue alone.
 */
@Command(name = "sim", mixinStandardHelpOptions = true,
        description = {"Times the packet-level simulator on the ns-3 anchor scenarios (speed-up vs ns-3's wall time),",
            "or --scenario kdl: a 754-node, 2,000-flow scenario with its heap use, or --queue: the event heap alone."})
public final class SimBench implements Callable<Integer> {

    @Option(names = "--replications", defaultValue = "1", paramLabel = "N", description = "replications per run")
    private int replications;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "threads for the replications (default 1: ns-3 ran on one core)")
    private int threads;

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "N", description = "timed runs per scenario")
    private int rounds;

    @Option(names = "--scenario", paramLabel = "NAME", description = "one anchor scenario (e.g. s3-abilene), or kdl")
    private String only;

    @Option(names = "--flows", defaultValue = "2000", paramLabel = "N", description = "flows of the kdl scenario")
    private int kdlFlows;

    @Option(names = "--duration", defaultValue = "2", paramLabel = "S", description = "seconds of traffic (kdl)")
    private double kdlSeconds;

    @Option(names = "--queue", description = "time the event heap alone (hold model)")
    private boolean queue;

    @Option(names = "--shared", paramLabel = "DIR", description = "the shared folder (default: ../shared beside the "
            + "checkout)")
    private Path shared;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws FormatException {
        if (replications < 1 || threads < 1 || rounds < 1) {
            throw new BadInputException("--replications, --threads and --rounds must be >= 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (queue) {
            QueueHoldBench.run(out, new int[] {1_000, 10_000, 100_000, 1_000_000}, 5_000_000);
            return 0;
        }
        Path root = shared != null ? shared : SharedFolder.locate();
        if ("kdl".equals(only)) {
            kdl(out, root.resolve("data/topology-zoo/Kdl.graphml"));
            return 0;
        }
        Path anchors = root.resolve("spec/anchors/ns3");
        Map<String, Double> ns3 = ns3WallSeconds(anchors.resolve("results/aggregate.csv"));
        out.printf(Locale.ROOT, "packet engine, %d replication(s) per run on %d thread(s), %d rounds (first = cold JVM)%n",
                replications, threads, rounds);
        out.printf(Locale.ROOT, "%-16s %11s %11s %8s %9s %8s %9s %8s %9s%n", "scenario", "events", "pkt-hops", "cold s",
                "median s", "M ev/s", "M hops/s", "ns-3 s", "speed-up");
        for (Path file : scenarioFiles(anchors.resolve("scenarios"))) {
            Scenario scenario = new ScenarioReader().readScenario(InputFile.read(file));
            double[] walls = new double[rounds];
            PacketRun run = null;
            for (int i = 0; i < rounds; i++) {
                run = new PacketSimulator().runMeasured(scenario, settings());
                walls[i] = run.result().wallSeconds();
            }
            row(out, scenario.name(), run, walls, ns3.get(scenario.name()));
        }
        return 0;
    }

    private RunSettings settings() {
        return new RunSettings(replications, 1, threads, ProgressListener.SILENT);
    }

    private void row(PrintWriter out, String name, PacketRun run, double[] walls, Double ns3Seconds) {
        double median = median(walls);
        long events = run.result().eventsExecuted();
        String ns3 = ns3Seconds == null ? "-" : String.format(Locale.ROOT, "%.2f", ns3Seconds * replications);
        String speedUp = ns3Seconds == null ? "-" : String.format(Locale.ROOT, "%.1fx", ns3Seconds * replications / median);
        out.printf(Locale.ROOT, "%-16s %11d %11d %8.3f %9.3f %8.2f %9.2f %8s %9s%n", name, events, run.packetHops(),
                walls[0], median, events / median / 1e6, run.packetHops() / median / 1e6, ns3, speedUp);
        out.flush();
    }

    private void kdl(PrintWriter out, Path graphml) throws FormatException {
        Scenario scenario = KdlScenario.build(graphml, kdlFlows, 0.7, Duration.ofNanos(Math.round(kdlSeconds * 1e9)), 1);
        out.printf(Locale.ROOT, "%s: %d nodes, %d links, %d Poisson flows, %.1f s of traffic (+0.5 s drain)%n",
                scenario.name(), scenario.topology().nodes().size(), scenario.topology().links().size(),
                scenario.flows().size(), kdlSeconds);
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        PacketRun run = new PacketSimulator().runMeasured(scenario, settings());
        long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        double wall = run.result().wallSeconds();
        out.printf(Locale.ROOT, "  wall %.2f s, %,d events (%.2f M/s), %,d packets, %,d packet-hops (%.2f M/s), "
                + "peak %,d packets alive%n", wall, run.result().eventsExecuted(),
                run.result().eventsExecuted() / wall / 1e6, run.packets(), run.packetHops(), run.packetHops() / wall / 1e6,
                run.peakPackets());
        out.printf(Locale.ROOT, "  heap: peak used %.0f MB (sum of the heap pools' peaks), max heap %.0f MB%n",
                peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private List<Path> scenarioFiles(Path folder) {
        try (var files = Files.list(folder)) {
            List<Path> all = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            if (only == null) {
                return all;
            }
            List<Path> one = all.stream().filter(p -> p.getFileName().toString().equals(only + ".json")).toList();
            if (one.isEmpty()) {
                throw new BadInputException("no anchor scenario " + only + " in " + folder);
            }
            return one;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Double> ns3WallSeconds(Path csv) {
        Map<String, Double> out = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(csv);
            List<String> header = Arrays.asList(lines.get(0).split(","));
            int name = header.indexOf("scenario");
            int wall = header.indexOf("wall_s_median");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                out.put(cells[name], Double.parseDouble(cells[wall]));
            }
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("cannot read ns-3's timings from " + csv + ": " + e.getMessage());
        }
        return out;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
