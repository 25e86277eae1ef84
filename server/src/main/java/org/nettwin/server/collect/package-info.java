/**
 * Collection wiring: the directory of telemetry endpoints with their per-source credentials, and the rig that
 * turns it into running collectors (gNMI, Prometheus, MQTT, found by kind) feeding one cleaning pipeline and the store.
 */
package org.nettwin.server.collect;
