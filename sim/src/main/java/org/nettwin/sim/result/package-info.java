/**
 * Results in the {@code nettwin-result/1} format of spec/scenario-format.md: per-flow and per-link-direction
 * estimates with confidence half-widths, labelled with the engine that produced them; JSON reading and writing.
 */
package org.nettwin.sim.result;
