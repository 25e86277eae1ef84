package org.nettwin.emulator.truth;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.nettwin.emulator.fault.Fault;

/** A fault as it was injected: when (true time, and model time in ns since the start of the run) and what. */
public record InjectedFault(Fault fault, Instant at, long modelNanos) {

    public InjectedFault {
        requireNonNull(fault, "fault");
        requireNonNull(at, "at");
    }
}
