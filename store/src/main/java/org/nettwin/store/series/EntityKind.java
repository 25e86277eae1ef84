package org.nettwin.store.series;

/** What a time series is about. */
public enum EntityKind {
    /** A router, switch or radio site as a whole (CPU, memory, ...). */
    DEVICE,
    /** One interface of a device (counters, oper-status). */
    INTERFACE,
    /** One direction of a link (load, delay, loss as the twin reconciles them). */
    LINK,
    /** A radio cell (PRB utilisation, connected UEs, throughput, CQI). */
    CELL,
    /** A core or edge server (CPU, memory, request latency). */
    SERVER,
    /** A network slice (end-to-end KPIs). */
    SLICE
}
