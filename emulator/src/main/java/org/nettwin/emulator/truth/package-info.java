/**
 * The emulator's ground truth: what the emulated network really did (offered and carried rates per link direction,
 * link states, the true traffic matrix, device clock offsets, injected faults). Accuracy tests and benchmarks read
 * it to score the twin; the twin itself never does.
 */
package org.nettwin.emulator.truth;
