/**
 * Comparison of two results of the same network (baseline vs what-if), from any engine: per-flow changes sorted by
 * how much worse they got, flows that appear or disappear, link directions crossing a utilisation threshold, new
 * drops, and a short headline.
 */
package org.nettwin.sim.compare;
