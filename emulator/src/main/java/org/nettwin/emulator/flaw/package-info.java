/**
 * The flaws of real devices' telemetry that the emulator reproduces on purpose: skewed and drifting clocks, 32-bit
 * counters that wrap, and messages that go missing, come twice, come late or come garbled. Draws come from a
 * per-device seeded stream, so a run is reproducible.
 */
package org.nettwin.emulator.flaw;
