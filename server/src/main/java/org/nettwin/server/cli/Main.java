package org.nettwin.server.cli;

import java.io.PrintWriter;
import org.nettwin.server.bench.BenchCommand;
import org.nettwin.server.collect.CollectCommand;
import org.nettwin.server.compare.CompareCommand;
import org.nettwin.server.demo.DemoCommand;
import org.nettwin.server.emulate.EmulateCommand;
import org.nettwin.server.estimate.EstimateCommand;
import org.nettwin.server.simulate.SimulateCommand;
import org.nettwin.server.store.StoreCommand;
import org.nettwin.server.telemetry.TelemetryCommand;
import org.nettwin.server.topology.TopologyCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code nettwin} command: the one entry point of spec/cli.md. Exit status 0 on success, 2 on bad input or
 * usage (one line on stderr, no stack trace), 1 on an internal failure.
 */
@Command(name = "nettwin", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "nettwin: a network digital twin for 5G/6G-era networks.",
        subcommands = {TopologyCommand.class, SimulateCommand.class, EstimateCommand.class, CompareCommand.class,
            StoreCommand.class, TelemetryCommand.class, EmulateCommand.class, CollectCommand.class, DemoCommand.class,
            BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit status for bad input or usage. */
    public static final int BAD_INPUT = 2;
    /** Exit status for an internal failure. */
    public static final int INTERNAL_FAILURE = 1;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit status (used by tests too). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new FailureHandler());
        cli.setParameterExceptionHandler(new UsageHandler());
        cli.setExecutionStrategy(Main::executeKnownCommand);
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** Refuses unknown words even next to {@code --help}, so {@code nettwin nosuch --help} exits 2, not 0. */
    private static int executeKnownCommand(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (!level.unmatched().isEmpty()) {
                CommandLine cli = level.commandSpec().commandLine();
                cli.getErr().println("nettwin: unknown command or argument '" + level.unmatched().get(0) + "' (see '"
                        + level.commandSpec().qualifiedName() + " --help')");
                return BAD_INPUT;
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports the version from the jar manifest when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"nettwin " + (v == null ? "development build" : v)};
        }
    }
}
