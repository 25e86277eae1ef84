/**
 * Decodes gNMI {@code SubscribeResponse} messages written in the protobuf-JSON mapping into measurements: one per
 * typed leaf value of each update, named by its full path ({@code /name[key=value]...}, keys sorted by name).
 */
package org.nettwin.telemetry.gnmi;
