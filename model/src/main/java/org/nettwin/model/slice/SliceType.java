package org.nettwin.model.slice;

/** The 3GPP slice/service types (SST) a 5G network offers, plus operator-defined ones. */
public enum SliceType {
    /** Enhanced mobile broadband (SST 1): throughput first. */
    EMBB,
    /** Ultra-reliable low-latency communication (SST 2): latency and loss first. */
    URLLC,
    /** Massive machine-type communication (SST 3): many devices, little traffic each. */
    MMTC,
    /** Any other operator-defined service. */
    CUSTOM
}
