package org.nettwin.sim.flow;

/** Which frame-size distributions the flows of a generated scenario use. */
public enum SizeMix {
    /** Every flow has fixed-size frames. */
    FIXED,
    /** Every flow has exponentially distributed frame sizes. */
    EXPONENTIAL,
    /** Each flow is fixed or exponential with probability 1/2. */
    MIXED
}
