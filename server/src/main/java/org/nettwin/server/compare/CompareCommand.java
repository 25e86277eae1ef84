package org.nettwin.server.compare;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.sim.compare.Change;
import org.nettwin.sim.compare.ComparisonJson;
import org.nettwin.sim.compare.FlowChange;
import org.nettwin.sim.compare.LinkChange;
import org.nettwin.sim.compare.ResultComparison;
import org.nettwin.sim.result.ResultJson;
import org.nettwin.sim.result.SimulationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nettwin compare BASELINE.json WHATIF.json [--threshold 0.8] [--json]}: what changed between two results
 * (of either engine): a headline, the flows worst change first, link directions crossing the threshold, new drops.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares a what-if result with its baseline (nettwin-result/1 files from any engine).",
            "Prints a short headline, then per-flow changes of delay, loss and throughput (worst first), flows that appear "
                + "or disappear, link directions crossing the utilisation threshold and new drops."})
public final class CompareCommand implements Callable<Integer> {

    private static final int ROWS = 20;

    @Parameters(index = "0", paramLabel = "BASELINE.json", description = "the baseline result")
    private Path baselineFile;

    @Parameters(index = "1", paramLabel = "WHATIF.json", description = "the what-if result")
    private Path whatIfFile;

    @Option(names = "--threshold", defaultValue = "0.8", paramLabel = "U",
            description = "utilisation (fraction of capacity) whose crossing is reported (default ${DEFAULT-VALUE})")
    private double threshold;

    @Option(names = "--json", description = "print one JSON object instead of the text report")
    private boolean json;

    @Option(names = "--all", description = "list every flow (default: the " + ROWS + " worst changes)")
    private boolean all;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws FormatException {
        if (!(threshold > 0) || threshold > 100 || Double.isInfinite(threshold)) {
            throw new BadInputException("--threshold must be a utilisation > 0 such as 0.8, got " + threshold);
        }
        SimulationResult baseline = ResultJson.read(InputFile.read(baselineFile));
        SimulationResult whatIf = ResultJson.read(InputFile.read(whatIfFile));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!baseline.scenario().equals(whatIf.scenario())) {
            err.println("note: comparing results of different scenarios ('" + baseline.scenario() + "' and '"
                    + whatIf.scenario() + "'); flows and links are matched by id");
        }
        ResultComparison comparison = ResultComparison.of(baseline, whatIf, threshold);
        if (json) {
            out.print(ComparisonJson.write(comparison));
        } else {
            report(comparison, out);
        }
        out.flush();
        err.flush();
        return 0;
    }

    private void report(ResultComparison c, PrintWriter out) {
        out.println("what-if (" + c.whatIfEngine() + ") vs baseline (" + c.baselineEngine() + "):");
        c.headline().forEach(line -> out.println("  " + line));
        out.println();
        out.printf(Locale.ROOT, "%-10s %23s %9s %20s %9s %11s%n", "flow", "delay ms before->after", "delay %",
                "loss % before->after", "loss pp", "thru %");
        List<FlowChange> flows = all ? c.flows() : c.flows().subList(0, Math.min(ROWS, c.flows().size()));
        for (FlowChange f : flows) {
            out.printf(Locale.ROOT, "%-10s %23s %9s %20s %9s %11s%n", f.id(), pair(f.delayS(), 1e3),
                    percent(f.delayS()), pair(f.lossPercent(), 1), delta(f.lossPercent()), percent(f.throughputBps()));
        }
        if (flows.size() < c.flows().size()) {
            out.println("... " + (c.flows().size() - flows.size()) + " more flows with smaller changes (--all lists them)");
        }
        links(out, "link directions crossing " + Math.round(100 * c.threshold()) + " % utilisation:", c.crossings());
        links(out, "link directions dropping more packets:", c.newDrops());
    }

    private static void links(PrintWriter out, String title, List<LinkChange> links) {
        if (links.isEmpty()) {
            return;
        }
        out.println();
        out.println(title);
        for (LinkChange l : links) {
            String util = l.utilisation().map(u -> String.format(Locale.ROOT, "utilisation %.1f %% -> %.1f %%",
                    100 * u.before(), 100 * u.after())).orElse("utilisation -");
            String drops = l.dropped().map(d -> String.format(Locale.ROOT, "dropped %.0f -> %.0f", d.before(),
                    d.after())).orElse("dropped -");
            out.println("  " + l.label() + ": " + util + ", " + drops);
        }
    }

    private static String pair(Optional<Change> c, double scale) {
        return c.map(x -> String.format(Locale.ROOT, "%.3f -> %.3f", scale * x.before(), scale * x.after())).orElse("-");
    }

    private static String percent(Optional<Change> c) {
        if (c.isEmpty()) {
            return "-";
        }
        double p = c.get().percent();
        return Double.isInfinite(p) ? (p > 0 ? "new" : "gone") : String.format(Locale.ROOT, "%+.1f", p);
    }

    private static String delta(Optional<Change> c) {
        return c.map(x -> String.format(Locale.ROOT, "%+.2f", x.delta())).orElse("-");
    }
}
