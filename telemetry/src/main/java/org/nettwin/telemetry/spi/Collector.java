package org.nettwin.telemetry.spi;

import org.nettwin.telemetry.health.CollectorHealth;

/**
 * Gathers measurements from one source (gNMI target, Prometheus endpoint, MQTT broker, Kafka topic, recorded file)
 * and pushes them to a sink. A collector never writes to the store or mutates the twin itself.
 */
public interface Collector extends AutoCloseable {

    /** Starts collecting; returns at once, delivering measurements to {@code sink} from its own threads. */
    void start(MeasurementSink sink);

    /** Per-source health (last seen, rate, rejected by reason, errors, refused peers), updated as it collects. */
    CollectorHealth health();

    /** Stops collecting and releases connections; safe to call twice. */
    @Override
    void close();
}
