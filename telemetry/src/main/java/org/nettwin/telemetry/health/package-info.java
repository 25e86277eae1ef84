/**
 * Per-source health of collectors (last seen, samples, rate, rejected by reason, errors, refused peers), kept by
 * every collector and exposed as metrics in Prometheus text.
 */
package org.nettwin.telemetry.health;
