package org.nettwin.server.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nettwin.emulator.network.EmulatedNetwork;
import org.nettwin.emulator.network.EmulatorSettings;
import org.nettwin.emulator.network.TickStats;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.NetworkReaders;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;
import org.nettwin.server.cli.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nettwin bench emulator}: how fast the emulator's flow-level model steps, against the wall clock it must keep
 * up with. A topology (default: Topology Zoo's Deltacom, 113 nodes, 183 links; all links set to 10 Gb/s) with
 * gravity traffic between every pair of nodes is advanced {@code --seconds} of model time as fast as it computes,
 * with a link failure halfway; prints the mean and maximum step time against the 100 ms step budget.
 */
@Command(name = "emulator", mixinStandardHelpOptions = true,
        description = "Times the emulator's model steps (target: keep up with the wall clock for 100 nodes at 10 Gb/s).")
public final class EmulatorBench implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "topology (default: Topology Zoo Deltacom)")
    private Path file;

    @Option(names = "--seconds", defaultValue = "300", description = "model seconds (default ${DEFAULT-VALUE})")
    private int seconds;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws FormatException {
        if (seconds < 10) {
            throw new BadInputException("--seconds must be >= 10");
        }
        Path path = file != null ? file : SharedPaths.data("topology-zoo/Deltacom.graphml");
        Topology read = NetworkReaders.installed().read(path).network().topology();
        List<Link> links = read.links().stream().map(l -> l.withCapacity(DataRate.ofGbps(10))).toList();
        Topology topology = Topology.of(read.name(), read.nodes(), links);
        EmulatorSettings settings = EmulatorSettings.DEFAULTS;
        long wallStart;
        long wall;
        TickStats ticks;
        try (EmulatedNetwork network = EmulatedNetwork.of(topology, settings, Clock.systemUTC())) {
            network.advance(Duration.ofSeconds(10));
            wallStart = System.nanoTime();
            network.advance(Duration.ofSeconds(seconds / 2));
            network.inject(new org.nettwin.emulator.fault.Fault.LinkDown(links.get(0).id()));
            network.advance(Duration.ofSeconds(seconds - seconds / 2));
            wall = System.nanoTime() - wallStart;
            ticks = network.tickStats();
        }
        PrintWriter out = spec.commandLine().getOut();
        double step = settings.step().toNanos();
        out.printf(Locale.ROOT, "bench emulator: %s, %d nodes, %d links at 10 Gb/s, %d model seconds in steps of %d ms%n",
                topology.name(), topology.nodes().size(), links.size(), seconds, settings.step().toMillis());
        out.printf(Locale.ROOT, "  step compute time: mean %.3f ms, max %.1f ms (budget %.0f ms per step)%n",
                ticks.meanNanos() / 1e6, ticks.maxNanos() / 1e6, step / 1e6);
        out.printf(Locale.ROOT, "  %.0f model seconds per wall second on one thread (real time needs >= 1)%n",
                seconds * 1e9 / wall);
        out.flush();
        return 0;
    }
}
