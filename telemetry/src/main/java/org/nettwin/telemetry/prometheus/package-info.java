/** Decodes the Prometheus text exposition format 0.0.4 into measurements, one per sample line. */
package org.nettwin.telemetry.prometheus;
