package org.nettwin.telemetry.mqtt;

import java.util.Map;
import org.nettwin.telemetry.spi.CollectorFactory;

/**
 * Creates {@code mqtt} collectors. Settings: {@code broker} ({@code ssl://host:port}, or {@code tcp://host:port}
 * with {@code tls=off}; required), {@code topics} (comma-separated filters, default {@code nettwin/cells/+/+/kpi}),
 * {@code client-id} (default {@code nettwin-mqtt-collector}; give each collector on one broker its own, since a
 * broker drops a session when another connects with its id), {@code username} and {@code password},
 * {@code qos} (0, 1 or 2; default 1), {@code sources} (comma-separated device ids accepted from the start, or
 * {@code *} to accept every device), {@code max-reconnect-delay-ms} (default 5000) and the TLS settings of
 * {@link org.nettwin.telemetry.security.TlsOptions#fromSettings}.
 */
public final class MqttCollectorFactory implements CollectorFactory {

    @Override
    public String kind() {
        return "mqtt";
    }

    @Override
    public MqttCollector create(Map<String, String> settings) {
        return new MqttCollector(MqttSettings.of(settings));
    }
}
