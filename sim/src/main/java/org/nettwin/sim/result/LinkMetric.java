package org.nettwin.sim.result;

/** A per-link-direction figure of the result format; its JSON name carries its unit. */
public enum LinkMetric {
    /** Busy time of the transmitter / the scenario's duration_s (0..1, or more when the drain adds busy time). */
    UTILISATION("utilisation"),
    /** Packets dropped because the queue was full (or lost on the link by a failure). */
    DROPPED_PACKETS("dropped_packets"),
    /** Time-average number of packets waiting (not counting the one being sent). */
    MEAN_QUEUE_PACKETS("mean_queue_packets"),
    /** Mean offered load on the direction, bit/s (estimators report it; the simulator may too). */
    LOAD_BPS("load_bps");

    private final String jsonName;

    LinkMetric(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
