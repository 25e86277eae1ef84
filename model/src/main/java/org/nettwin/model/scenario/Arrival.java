package org.nettwin.model.scenario;

/** How a flow's packets are spaced in time. */
public enum Arrival {
    /** Constant bit rate: first packet at start, then every size*8/rate seconds. */
    CBR,
    /** Poisson: i.i.d. exponential gaps with mean size*8/rate seconds, the first one after start too. */
    POISSON
}
