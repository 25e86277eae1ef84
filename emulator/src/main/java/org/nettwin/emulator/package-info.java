/**
 * The physical-network stand-in: runs a network in real time (flow-level dynamics on the sim engine's real-time
 * runner) and serves each device's telemetry over real protocols (gNMI, Prometheus, MQTT), with real devices' flaws,
 * configuration through gNMI Set, fault injection and a ground-truth record the twin never reads.
 */
package org.nettwin.emulator;
