package org.nettwin.emulator.fault;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The outcome of injecting a fault: the fault, when it took effect (true time and model time in ns since the start
 * of the run) and a one-line description of its effect ("link L3 down; 2 links' traffic rerouted").
 */
public record FaultResult(Fault fault, Instant at, long modelNanos, String effect) {

    public FaultResult {
        requireNonNull(fault, "fault");
        requireNonNull(at, "at");
        requireNonNull(effect, "effect");
    }
}
