package org.nettwin.sim.spi;

import org.nettwin.model.scenario.Scenario;
import org.nettwin.sim.result.SimulationResult;

/**
 * Something that answers a scenario: the packet-level simulator, the flow-level estimator, or (later) an adapter to
 * ns-3, OMNeT++ or Octave. All take the same scenario and return the same result type, labelled with
 * {@link #engine()}. Implementations hold no state between runs, so one instance may serve runs in parallel.
 */
public interface SimulationBackend {

    /** The engine name written into results ({@code packet}, {@code flow}, ...). */
    String engine();

    /** Runs the scenario; never returns a partial result (throws instead). */
    SimulationResult run(Scenario scenario, RunSettings settings);
}
