/** Measurements as collectors decode them (source, name, labels, source timestamp, value), before cleaning. */
package org.nettwin.telemetry.measurement;
