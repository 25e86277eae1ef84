/**
 * The flow-level estimator (engine {@code flow}): analytic M/G/1/K queueing over shortest-path routes, period by
 * period between events; the scenario generator and the accuracy harness that measure it against a reference.
 */
package org.nettwin.sim.flow;
