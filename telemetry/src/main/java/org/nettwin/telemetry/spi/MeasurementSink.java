package org.nettwin.telemetry.spi;

import org.nettwin.telemetry.measurement.Measurement;

/** Where collectors deliver measurements. Implemented by the ingestion pipeline, never by a collector. */
@FunctionalInterface
public interface MeasurementSink {
    void accept(Measurement measurement);
}
