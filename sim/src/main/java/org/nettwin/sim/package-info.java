/**
 * The simulation framework: the discrete-event engine ({@code engine}), reproducible random streams ({@code random}),
 * the packet-level network model and its backend ({@code packet}), the result format ({@code result}) and the
 * backend SPI ({@code spi}). Flow-level estimator and what-if runner follow in later issues.
 */
package org.nettwin.sim;
