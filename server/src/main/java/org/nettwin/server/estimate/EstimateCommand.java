package org.nettwin.server.estimate;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.NetworkFile;
import org.nettwin.model.format.scenario.ScenarioReader;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.sim.flow.FlowEstimator;
import org.nettwin.sim.result.ResultJson;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.sim.spi.RunSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nettwin estimate SCENARIO.json [--out FILE]} (spec/cli.md): the flow-level estimator on a scenario. Prints
 * a per-flow table and writes the {@code nettwin-result/1} JSON ({@code "engine": "flow"}) to {@code --out}; with
 * {@code --out -} the JSON goes to stdout and the table to stderr.
 */
@Command(name = "estimate", mixinStandardHelpOptions = true,
        description = {"Runs the flow-level (analytic) estimator on a scenario: queueing formulas over shortest-path "
                + "routes, milliseconds instead of a simulation.",
            "Prints a per-flow table; writes the result JSON (\"engine\": \"flow\") to --out (stdout with --out -)."})
public final class EstimateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO.json", description = "the scenario (spec/scenario-format.md)")
    private Path file;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write the result JSON ('-' for stdout)")
    private String outFile;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws FormatException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NetworkFile read = new ScenarioReader().read(InputFile.read(file));
        read.warnings().forEach(w -> err.println("warning: " + w));
        Scenario scenario = read.scenario().orElseThrow(() -> new BadInputException(file + ": not a scenario"));
        SimulationResult result = new FlowEstimator().run(scenario, RunSettings.of(scenario));
        boolean jsonToStdout = "-".equals(outFile);
        if (outFile != null && !jsonToStdout) {
            write(Path.of(outFile), ResultJson.write(result));
        }
        PrintWriter table = jsonToStdout ? err : out;
        ResultTable.lines(scenario, result).forEach(table::println);
        if (jsonToStdout) {
            out.print(ResultJson.write(result));
        }
        out.flush();
        err.flush();
        return 0;
    }

    static void write(Path target, String text) {
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException("cannot write " + target + ": its folder does not exist");
        } catch (AccessDeniedException e) {
            throw new BadInputException("cannot write " + target + ": permission denied");
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("cannot write " + target + ": " + e.getMessage());
        }
    }
}
