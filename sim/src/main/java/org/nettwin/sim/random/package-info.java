/**
 * Reproducible random streams: an explicitly seeded xoshiro256++ generator and the derivation of independent
 * streams per (seed, replication) and per (seed, replication, flow), identical on every machine and JVM.
 */
package org.nettwin.sim.random;
