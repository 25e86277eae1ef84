/**
 * The emulator's gNMI endpoint: one gRPC server per router or radio site serving Capabilities, Get, Set and
 * Subscribe (STREAM, ONCE, POLL) from the device's leaves, authenticating callers and injecting the device's wire
 * flaws into streamed notifications.
 */
package org.nettwin.emulator.gnmi;
