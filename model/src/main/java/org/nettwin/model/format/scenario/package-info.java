/**
 * The scenario exchange format of spec/scenario-format.md: a reader that validates a scenario completely (ids,
 * references, ranges, reachability of every flow) and a writer whose output reads back to an equal scenario.
 */
package org.nettwin.model.format.scenario;
