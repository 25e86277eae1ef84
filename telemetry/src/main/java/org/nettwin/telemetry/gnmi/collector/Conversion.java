package org.nettwin.telemetry.gnmi.collector;

import java.util.List;
import org.nettwin.telemetry.measurement.Measurement;

/** What became of one notification: its measurements, or the reason it was rejected whole. */
sealed interface Conversion {

    /** The notification's measurements (possibly none, e.g. a notification of deletes only). */
    record Accepted(List<Measurement> measurements) implements Conversion {
        public Accepted {
            measurements = List.copyOf(measurements);
        }
    }

    /** Rejected for {@code reason} (a short stable word for health counters) with a detail for error logs. */
    record Rejected(String reason, String detail) implements Conversion {
    }
}
