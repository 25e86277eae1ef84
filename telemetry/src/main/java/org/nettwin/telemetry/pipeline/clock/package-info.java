/** Per-source clock offset and drift estimation from source timestamps versus receive times, with jump detection. */
package org.nettwin.telemetry.pipeline.clock;
