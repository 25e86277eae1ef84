/**
 * {@code nettwin emulate}: the emulated network with its real protocol endpoints (gNMI, Prometheus, an MQTT broker
 * and cell publishers), a certificate authority and per-device credentials made for the run, fault injection from
 * the command line, and optionally the collectors, pipeline and store running beside it.
 */
package org.nettwin.server.emulate;
