package org.nettwin.server.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code nettwin bench ...}: benchmarks that print the figures the issues set targets for. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs a benchmark and prints its figures.",
        subcommands = {TopologyBench.class, SimBench.class, EstimateBench.class, AccuracyBench.class,
            StoreBench.class, PipelineBench.class, DecodeBench.class, CollectBench.class, SoakBench.class,
            CleaningBench.class, EmulatorBench.class, ApiBench.class, TwinBench.class, DashboardLatencyBench.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
