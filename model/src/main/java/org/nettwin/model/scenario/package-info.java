/** Scenarios in the exchange format of spec/scenario-format.md: topology, flows, timed what-if events, run settings. */
package org.nettwin.model.scenario;
