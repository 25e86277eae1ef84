/**
 * The simulation framework: discrete-event engine, packet-level network model, flow-level estimator and what-if
 * runner. Empty until issue 3; the module exists so that the dependency rules hold from the start.
 */
package org.nettwin.sim;
