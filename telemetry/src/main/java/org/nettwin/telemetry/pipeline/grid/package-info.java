/** Alignment of irregular, clock-corrected points to the twin's regular time grid by linear interpolation. */
package org.nettwin.telemetry.pipeline.grid;
