package org.nettwin.server.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.graphml.GraphmlReader;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.server.cli.Main;
import org.nettwin.sim.flow.AccuracyReport;
import org.nettwin.sim.flow.EstimatorAccuracy;
import org.nettwin.sim.flow.ScenarioGenerator;
import org.nettwin.sim.spi.RunSettings;
import org.nettwin.sim.spi.SimulationBackend;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the flow-level estimator against the packet-level simulator on generated scenarios (Abilene, an 8-node
 * ring and a 4 x 4 grid, 10 Mb/s links) at light, medium and heavy load, and prints the per-flow delay error per
 * level. Engines are found with ServiceLoader by name, so the reference can be any installed backend.
 */
@Command(name = "accuracy", mixinStandardHelpOptions = true,
        description = {"Measures the flow estimator's per-flow delay error against the packet simulator on generated "
                + "scenarios at light / medium / heavy load (busiest link at 30 / 60 / 90 %%)."})
public final class AccuracyBench implements Callable<Integer> {

    @Option(names = "--scenarios", defaultValue = "3", paramLabel = "N",
            description = "scenarios per load level (default ${DEFAULT-VALUE})")
    private int scenarios;

    @Option(names = "--replications", defaultValue = "3", paramLabel = "R",
            description = "replications of the reference per scenario (default ${DEFAULT-VALUE})")
    private int replications;

    @Option(names = "--flows", defaultValue = "30", description = "flows per scenario (default ${DEFAULT-VALUE})")
    private int flows;

    @Option(names = "--duration", defaultValue = "20", paramLabel = "SECONDS",
            description = "traffic duration of each scenario (default ${DEFAULT-VALUE})")
    private int durationS;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the first scenario (default ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--reference", defaultValue = "packet", paramLabel = "ENGINE",
            description = "the reference engine (default ${DEFAULT-VALUE})")
    private String referenceEngine;

    @Option(names = "--candidate", defaultValue = "flow", paramLabel = "ENGINE",
            description = "the engine measured (default ${DEFAULT-VALUE})")
    private String candidateEngine;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws FormatException {
        if (scenarios < 1 || replications < 1 || flows < 1 || durationS < 1) {
            throw new BadInputException("--scenarios, --replications, --flows and --duration must be >= 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<SimulationBackend> installed = new ArrayList<>();
        ServiceLoader.load(SimulationBackend.class).forEach(installed::add);
        Optional<SimulationBackend> reference = find(installed, referenceEngine);
        Optional<SimulationBackend> candidate = find(installed, candidateEngine);
        if (reference.isEmpty() || candidate.isEmpty()) {
            err.println("nettwin: no '" + (reference.isEmpty() ? referenceEngine : candidateEngine)
                    + "' simulation backend is installed (installed: " + names(installed) + "); bench accuracy needs it"
                    + (reference.isEmpty() && "packet".equals(referenceEngine)
                    ? " as the reference - the packet-level simulator is not part of this build yet" : ""));
            return Main.INTERNAL_FAILURE;
        }
        ScenarioGenerator generator = new ScenarioGenerator(ScenarioGenerator.Profile.DEFAULTS.withFlows(flows)
                .withDuration(Duration.ofSeconds(durationS), Duration.ofSeconds(2)));
        RunSettings settings = new RunSettings(replications, seed, Runtime.getRuntime().availableProcessors(),
                (fraction, status) -> {
                    synchronized (err) {
                        err.printf(Locale.ROOT, "bench accuracy: %3.0f %% %s%n", 100 * fraction, status);
                        err.flush();
                    }
                });
        AccuracyReport report = new EstimatorAccuracy(reference.get(), candidate.get(), settings.withProgress((f, s) -> { }))
                .measure(networks(), generator, scenarios, seed, settings.progress());
        print(report, out);
        return 0;
    }

    private static Optional<SimulationBackend> find(List<SimulationBackend> installed, String engine) {
        return installed.stream().filter(b -> b.engine().equals(engine)).findFirst();
    }

    private static String names(List<SimulationBackend> installed) {
        return installed.isEmpty() ? "none" : String.join(", ", installed.stream().map(SimulationBackend::engine).toList());
    }

    private static List<Topology> networks() throws FormatException {
        DataRate rate = DataRate.ofMbps(10);
        Duration delay = Duration.ofMillis(2);
        int queue = 100;
        Topology abilene = new GraphmlReader().read(InputFile.read(SharedPaths.data("topology-zoo/Abilene.graphml")))
                .network().topology();
        return List.of(ScenarioGenerator.uniformLinks(abilene, rate, delay, queue),
                ScenarioGenerator.ring(8, rate, delay, queue), ScenarioGenerator.grid(4, 4, rate, delay, queue));
    }

    private void print(AccuracyReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "per-flow mean delay: %s vs %s (reference), %d replications; networks: Abilene, ring8, "
                + "grid4x4 at 10 Mb/s%n", report.candidate(), report.reference(), replications);
        out.printf(Locale.ROOT, "%-8s %9s %6s %12s %10s %10s %10s %12s%n", "load", "scenarios", "flows", "mean |err|",
                "p90 |err|", "max |err|", "bias", "loss |err|");
        for (AccuracyReport.Level l : report.levels()) {
            out.printf(Locale.ROOT, "%-8s %9d %6d %10.2f %% %8.2f %% %8.2f %% %+8.2f %% %9.2f pp%n",
                    l.level().name().toLowerCase(Locale.ROOT), l.scenarios(), l.flows(), 100 * l.meanAbsError(),
                    100 * l.p90AbsError(), 100 * l.maxAbsError(), 100 * l.meanError(), l.meanAbsLossPp());
        }
        out.flush();
    }
}
