package org.nettwin.telemetry.gnmi;

import org.nettwin.telemetry.measurement.MeasuredValue;

/** Receives the scalar leaves of one typed value: the path suffix below the update's path (often empty). */
@FunctionalInterface
interface LeafConsumer {
    void leaf(String pathSuffix, MeasuredValue value);
}
