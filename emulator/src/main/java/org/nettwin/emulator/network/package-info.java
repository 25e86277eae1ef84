/**
 * The emulated network: a flow-level model of a topology advanced in fixed steps (routing with ECMP, congestion
 * drops, degraded links, failures, reboots, surges), exposed as {@link org.nettwin.emulator.device.EmulatedDevice}s
 * whose counters integrate the exact carried traffic. {@link org.nettwin.emulator.network.EmulatedNetwork} is the
 * entry point; everything else here is package-private machinery.
 */
package org.nettwin.emulator.network;
