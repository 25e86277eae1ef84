package org.nettwin.model.scenario;

import java.time.Duration;

/**
 * How long and how often a scenario runs: traffic until each flow stops, the run ends at {@code duration + drain};
 * replication r uses a random stream derived from ({@code seed}, r). Duration > 0, drain >= 0, replications >= 1.
 */
public record SimulationSettings(Duration duration, Duration drain, long seed, int replications) {

    public SimulationSettings {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("simulation duration must be > 0, got " + duration);
        }
        if (drain.isNegative()) {
            throw new IllegalArgumentException("simulation drain must be >= 0, got " + drain);
        }
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1, got " + replications);
        }
    }

    /** Time at which a run ends. */
    public Duration end() {
        return duration.plus(drain);
    }
}
