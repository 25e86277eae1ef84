package org.nettwin.telemetry.spi;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * One source a collector reaches out to or accepts (a gNMI target, a Prometheus endpoint, an MQTT device, a Kafka
 * topic's producer): its name (the measurements' source) and its own settings (address, paths, credentials, TLS).
 * {@link #toString()} shows setting names only, since values may be secrets.
 */
public record Target(String name, Map<String, String> settings) {

    public Target {
        requireNonNull(name, "name");
        settings = Map.copyOf(settings);
        if (name.isBlank()) {
            throw new IllegalArgumentException("target name is blank");
        }
    }

    /** A required setting. @throws IllegalArgumentException naming the target and the setting when absent */
    public String require(String key) {
        String value = settings.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("target " + name + ": setting '" + key + "' is missing");
        }
        return value;
    }

    @Override
    public String toString() {
        return "Target[" + name + ", settings " + new java.util.TreeSet<>(settings.keySet()) + "]";
    }
}
