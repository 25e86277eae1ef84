package org.nettwin.telemetry.measurement;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.OptionalLong;

/**
 * One observation as a collector decoded it, before any cleaning: which source reported it (a device or exporter
 * id), its name (a gNMI path such as {@code /interfaces/interface[name=eth0]/state/counters/in-octets}, or a
 * Prometheus metric name), labels (Prometheus labels; gNMI origin and target), the source's own timestamp in
 * nanoseconds since the epoch when it gave one (the source's clock, possibly skewed), and the value.
 */
public record Measurement(String source, String name, Map<String, String> labels, OptionalLong sourceTimeNanos,
                          MeasuredValue value) {

    public Measurement {
        requireNonNull(source, "source");
        requireNonNull(name, "name");
        requireNonNull(sourceTimeNanos, "sourceTimeNanos");
        requireNonNull(value, "value");
        labels = Map.copyOf(labels);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("measurement name is empty");
        }
    }
}
