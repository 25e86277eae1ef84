/** Per-series checks on the hot path: duplicate source timestamps and outliers. */
package org.nettwin.telemetry.pipeline.check;
