package org.nettwin.emulator.device;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * One telemetry leaf of a device. For gNMI devices {@code path} is an OpenConfig path with keys in brackets
 * ({@code /interfaces/interface[name=eth0]/state/counters/in-octets}) and {@code labels} is empty; for Prometheus
 * devices it is the metric name ({@code node_cpu_seconds_total}, {@code nf_request_duration_seconds_bucket}) with its
 * labels; for MQTT cells it is the JSON field name ({@code prb_utilisation}).
 */
public record Leaf(String path, Map<String, String> labels, LeafValue value) {

    public Leaf {
        requireNonNull(path, "path");
        requireNonNull(value, "value");
        labels = Map.copyOf(labels);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("leaf path is empty");
        }
    }

    /** A leaf without labels. */
    public static Leaf of(String path, LeafValue value) {
        return new Leaf(path, Map.of(), value);
    }
}
