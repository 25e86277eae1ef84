package org.nettwin.server.simulate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.NetworkFile;
import org.nettwin.model.format.scenario.ScenarioReader;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.sim.packet.PacketSimulator;
import org.nettwin.sim.result.ResultJson;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.sim.spi.RunSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nettwin simulate SCENARIO.json [--out FILE] [--replications N] [--seed N] [--threads N]} (spec/cli.md):
 * runs the packet-level simulator and prints a per-flow table. With {@code --out FILE} the result JSON goes to the
 * file; with {@code --out -} it goes to stdout and the table to stderr, so stdout is exactly the JSON; without
 * {@code --out} only the table is printed. Progress lines go to stderr on runs longer than two seconds. A malformed
 * scenario is refused before anything runs (exit 2, one line).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Runs the packet-level simulator on a scenario (spec/scenario-format.md) and prints a per-flow "
                + "table; writes the nettwin-result/1 JSON to --out FILE (stdout with --out -)."})
public final class SimulateCommand implements Callable<Integer> {

    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long STATUS_EVERY_NANOS = 2_000_000_000L;

    @Parameters(index = "0", paramLabel = "SCENARIO.json", description = "the scenario file")
    private Path file;

    @Option(names = "--out", paramLabel = "FILE", description = "write the result JSON here ('-' for stdout)")
    private String out;

    @Option(names = "--replications", paramLabel = "N",
            description = "replications (default: the scenario's simulation.replications, else 1)")
    private Integer replications;

    @Option(names = "--seed", paramLabel = "N", description = "base seed (default: the scenario's simulation.seed, else 1)")
    private Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "replications run side by side (default: all cores)")
    private Integer threads;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws FormatException {
        NetworkFile read = new ScenarioReader().read(InputFile.read(file));
        Scenario scenario = read.scenario().orElseThrow();
        RunSettings settings = settings(scenario);
        Path target = outputFile();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String warning : read.warnings()) {
            if (replications == null || !warning.startsWith("simulation.replications")) {
                err.println("warning: " + warning);
            }
        }
        boolean jsonToStdout = "-".equals(out);
        SimulationResult result = new PacketSimulator().run(scenario,
                settings.withProgress(new StatusLine(err, QUIET_NANOS, STATUS_EVERY_NANOS)));
        PrintWriter table = jsonToStdout ? err : stdout;
        FlowReport.lines(result).forEach(table::println);
        table.flush();
        if (jsonToStdout) {
            stdout.print(ResultJson.write(result));
            stdout.flush();
        } else if (target != null) {
            write(target, ResultJson.write(result));
        }
        return 0;
    }

    private RunSettings settings(Scenario scenario) {
        RunSettings settings = RunSettings.of(scenario);
        if (replications != null) {
            if (replications < 1) {
                throw new BadInputException("--replications must be >= 1, got " + replications);
            }
            settings = settings.withReplications(replications);
        }
        if (seed != null) {
            settings = settings.withSeed(seed);
        }
        if (threads != null) {
            if (threads < 1) {
                throw new BadInputException("--threads must be >= 1, got " + threads);
            }
            settings = settings.withThreads(threads);
        }
        return settings;
    }

    /** The file to write, checked before the run so a typo does not waste it; null without --out or with '-'. */
    private Path outputFile() {
        if (out == null || "-".equals(out)) {
            return null;
        }
        Path target = Path.of(out).toAbsolutePath();
        Path dir = target.getParent();
        if (Files.isDirectory(target) || dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException("cannot write the result to " + out + " (no such directory, or a directory)");
        }
        return target;
    }

    private static void write(Path target, String json) {
        try {
            Files.writeString(target, json);
        } catch (IOException e) {
            throw new BadInputException("cannot write the result to " + target + ": " + e.getMessage());
        }
    }
}
