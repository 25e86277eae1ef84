/** {@code nettwin telemetry ...}: commands over captured telemetry payloads (decoding them as the collectors do). */
package org.nettwin.server.telemetry;
