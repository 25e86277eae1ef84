/**
 * The discrete-event engine: a primitive 4-ary event heap ordered by (time, sequence), the event loop that
 * dispatches integer event kinds without allocating, a typed {@link org.nettwin.sim.engine.Simulator} API over it,
 * and a real-time runner that paces the same loop to the wall clock. Times are integer nanoseconds of simulated
 * time. One engine per run, no global state.
 */
package org.nettwin.sim.engine;
