/** {@code nettwin estimate}: the flow-level estimator on a scenario, with its per-flow table and result JSON. */
package org.nettwin.server.estimate;
