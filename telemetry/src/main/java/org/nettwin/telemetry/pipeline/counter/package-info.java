/** Monotonic counters to rates, telling 32- and 64-bit wraps apart from resets (device reboots). */
package org.nettwin.telemetry.pipeline.counter;
