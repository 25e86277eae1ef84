package org.nettwin.model.scenario;

/** How a flow's frame sizes are drawn. */
public enum SizeDistribution {
    /** Every frame has the flow's packet size. */
    FIXED,
    /** round(Exp(mean = packet size)) clamped to [31, 65000] bytes. */
    EXPONENTIAL
}
