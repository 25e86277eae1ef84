package org.nettwin.server.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.graphml.GraphmlReader;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.sim.flow.FlowEstimator;
import org.nettwin.sim.flow.ScenarioGenerator;
import org.nettwin.sim.flow.SizeMix;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.sim.spi.ProgressListener;
import org.nettwin.sim.spi.RunSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Times the flow-level estimator on a large network: by default the 754-node Kdl topology with 1 Gb/s links of 1 ms,
 * and 2,000 and 10,000 random Poisson flows (seeded) whose busiest link direction is offered 60 %. Each run answers
 * the scenario from scratch (routing included); prints the median and worst wall time after a warm-up.
 */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = "Times the flow-level estimator on a large topology (default: Kdl, 754 nodes) with thousands of "
                + "flows.")
public final class EstimateBench implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "Topology Zoo GraphML file (default: ../shared/data/topology-zoo/Kdl.graphml)")
    private Path file;

    @Option(names = "--flows", split = ",", defaultValue = "2000,10000", paramLabel = "N[,N...]",
            description = "flow counts to time (default ${DEFAULT-VALUE})")
    private List<Integer> flowCounts;

    @Option(names = "--load", defaultValue = "0.6", description = "utilisation of the busiest link direction")
    private double load;

    @Option(names = "--warmup", defaultValue = "5", description = "untimed runs first (default ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--rounds", defaultValue = "15", description = "timed runs (default ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--threads", description = "threads for routing (default: all cores)")
    private Integer threads;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the random flows (default ${DEFAULT-VALUE})")
    private long seed;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws FormatException {
        if (warmup < 0 || rounds < 1 || !(load > 0) || flowCounts.stream().anyMatch(n -> n < 1)
                || threads != null && threads < 1) {
            throw new BadInputException("need --warmup >= 0, --rounds >= 1, --load > 0, --flows >= 1, --threads >= 1");
        }
        Path input = file != null ? file : SharedPaths.data("topology-zoo/Kdl.graphml");
        Topology read = new GraphmlReader().read(InputFile.read(input)).network().topology();
        Topology network = ScenarioGenerator.uniformLinks(read, DataRate.ofGbps(1), Duration.ofMillis(1), 1000);
        PrintWriter out = spec.commandLine().getOut();
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "%s: %d nodes, %d links at 1 Gb/s, 1 ms; busiest link direction offered %.0f %%; "
                        + "%d threads; %d timed runs after %d warm-up runs%n", input.getFileName(), network.nodes().size(),
                network.links().size(), 100 * load, cores, rounds, warmup);
        for (int flows : flowCounts) {
            time(network, flows, cores, out);
        }
        return 0;
    }

    private void time(Topology network, int flows, int cores, PrintWriter out) {
        ScenarioGenerator.Profile profile = ScenarioGenerator.Profile.DEFAULTS.withFlows(flows).withSizes(SizeMix.MIXED)
                .withDuration(Duration.ofSeconds(60), Duration.ofSeconds(2));
        Scenario scenario = new ScenarioGenerator(profile).generate(network, load, seed);
        RunSettings settings = new RunSettings(1, seed, cores, ProgressListener.SILENT);
        FlowEstimator estimator = new FlowEstimator();
        long[] nanos = new long[rounds];
        SimulationResult last = null;
        for (int i = -warmup; i < rounds; i++) {
            long t0 = System.nanoTime();
            last = estimator.run(scenario, settings);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(nanos);
        out.printf(Locale.ROOT, "  %6d flows: median %8.2f ms   worst %8.2f ms   (%d link directions carry traffic)%n",
                flows, nanos[rounds / 2] / 1e6, nanos[rounds - 1] / 1e6, last.links().size());
        out.flush();
    }
}
