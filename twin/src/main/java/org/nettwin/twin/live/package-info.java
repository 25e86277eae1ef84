/**
 * The living twin (DESIGN.md section 3, "observations vs model"): {@link org.nettwin.twin.live.LiveTwin} takes the
 * clean telemetry samples and the raw interface observations the server tees to it, reconciles them into
 * {@link org.nettwin.twin.state.TwinState} once a second, estimates the traffic matrix every window, measures its own
 * fidelity one window ahead, raises and clears alarms in the store's event log, and serves what-if baselines for now
 * and for any past moment.
 */
package org.nettwin.twin.live;
