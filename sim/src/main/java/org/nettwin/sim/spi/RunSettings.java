package org.nettwin.sim.spi;

import static java.util.Objects.requireNonNull;

import org.nettwin.model.scenario.Scenario;

/**
 * How to run a scenario: how many replications, the base seed (replication r uses a stream derived from
 * (seed, r)), how many threads may run replications side by side, and where progress goes.
 */
public record RunSettings(int replications, long seed, int threads, ProgressListener progress) {

    public RunSettings {
        requireNonNull(progress, "progress");
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1, got " + replications);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** The scenario's own replications and seed, all cores, no progress reports. */
    public static RunSettings of(Scenario scenario) {
        return new RunSettings(scenario.simulation().replications(), scenario.simulation().seed(),
                Runtime.getRuntime().availableProcessors(), ProgressListener.SILENT);
    }

    public RunSettings withReplications(int n) {
        return new RunSettings(n, seed, threads, progress);
    }

    public RunSettings withSeed(long newSeed) {
        return new RunSettings(replications, newSeed, threads, progress);
    }

    public RunSettings withThreads(int n) {
        return new RunSettings(replications, seed, n, progress);
    }

    public RunSettings withProgress(ProgressListener listener) {
        return new RunSettings(replications, seed, threads, listener);
    }
}
