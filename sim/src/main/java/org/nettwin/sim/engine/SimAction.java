package org.nettwin.sim.engine;

/** Something that happens at a simulated time; it may schedule further actions on the simulator it is given. */
@FunctionalInterface
public interface SimAction {

    void run(Simulator simulator);
}
