package org.nettwin.telemetry.kafka;

import java.util.Map;
import org.nettwin.telemetry.spi.Collector;
import org.nettwin.telemetry.spi.CollectorFactory;

/** Creates {@code kafka} collectors; the settings are described by {@link KafkaCollector}'s settings record. */
public final class KafkaCollectorFactory implements CollectorFactory {

    @Override
    public String kind() {
        return "kafka";
    }

    /**
     * Settings: {@code bootstrap}, {@code topics}, {@code group}, {@code format} ({@code gnmi-json} or
     * {@code telegraf-json}) required; {@code source} ({@code key} or {@code tag:<name>}, default {@code tag:host}),
     * {@code sources} (allow-list), {@code timestamp_units}, {@code offset.reset}, TLS ({@code tls}, {@code tls.ca},
     * {@code tls.cert}, {@code tls.key}) and SASL PLAIN ({@code username}, {@code password}) optional.
     */
    @Override
    public Collector create(Map<String, String> settings) {
        return new KafkaCollector(KafkaSettings.of(settings));
    }
}
