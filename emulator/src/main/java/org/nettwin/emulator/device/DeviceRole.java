package org.nettwin.emulator.device;

/** What kind of equipment a device is; decides the protocol its telemetry is served over. */
public enum DeviceRole {
    /** A router or switch: gNMI (OpenConfig interfaces, QoS, components, system). */
    ROUTER,
    /** A radio site (gNB): gNMI, like a router, for its transport interfaces and its own CPU and memory. */
    RADIO_SITE,
    /** A core or edge server: Prometheus exposition over HTTP (CPU, memory, network functions' latency). */
    SERVER,
    /** A radio cell or edge device: MQTT JSON publications (PRB utilisation, UEs, throughput, CQI). */
    CELL
}
