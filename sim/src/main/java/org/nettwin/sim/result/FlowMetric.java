package org.nettwin.sim.result;

/** A per-flow figure of the result format; its JSON name carries its unit (spec/scenario-format.md). */
public enum FlowMetric {
    /** Packets the source sent. */
    TX_PACKETS("tx_packets"),
    /** Packets the destination received. */
    RX_PACKETS("rx_packets"),
    /** tx - rx at the end of the run (after the drain). */
    LOST_PACKETS("lost_packets"),
    /** Mean one-way delay of received packets, seconds. */
    MEAN_DELAY_S("mean_delay_s"),
    /** Median one-way delay, seconds. */
    P50_DELAY_S("p50_delay_s"),
    /** 99th percentile of one-way delay, seconds. */
    P99_DELAY_S("p99_delay_s"),
    /** Mean |d_i - d_(i-1)| over consecutive received packets, seconds. */
    MEAN_JITTER_S("mean_jitter_s"),
    /** Received bytes x 8 / (last receive - first send), bit/s. */
    THROUGHPUT_BPS("throughput_bps");

    private final String jsonName;

    FlowMetric(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
