/**
 * What a protocol endpoint sees of an emulated device: its identity and role, its own (skewed) clock, the leaves it
 * reports, changes it announces, configuration it accepts, and the flaws of its telemetry on the wire. The network
 * model implements these; gNMI, Prometheus and MQTT endpoints only read them.
 */
package org.nettwin.emulator.device;
