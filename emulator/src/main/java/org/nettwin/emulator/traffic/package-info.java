/**
 * How the emulated network's offered traffic varies: a {@link org.nettwin.emulator.traffic.TrafficProfile} (diurnal
 * cycle, bursts, noise, target peak utilisation) and the {@link org.nettwin.emulator.traffic.TrafficShape} that turns
 * it into per-pair multipliers step by step from a seeded stream.
 */
package org.nettwin.emulator.traffic;
