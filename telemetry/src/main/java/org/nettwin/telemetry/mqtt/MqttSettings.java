package org.nettwin.telemetry.mqtt;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nettwin.telemetry.security.Credentials;
import org.nettwin.telemetry.security.TlsOptions;

/** The settings of one {@code mqtt} collector, read and checked from its settings map (see the factory). */
record MqttSettings(URI broker, List<String> topics, String clientId, Optional<Credentials> credentials, int qos,
                    TlsOptions tls, Sources sources, Duration maxReconnectDelay) {

    static final String DEFAULT_TOPICS = "nettwin/cells/+/+/kpi";
    static final String DEFAULT_CLIENT_ID = "nettwin-mqtt-collector";

    /** Which devices are accepted at start: every device ({@code sources=*}) or the listed ones. */
    record Sources(boolean all, List<String> names) {
        Sources {
            names = List.copyOf(names);
        }
    }

    MqttSettings {
        topics = List.copyOf(topics);
    }

    static MqttSettings of(Map<String, String> settings) {
        TlsOptions tls = TlsOptions.fromSettings(settings, "mqtt");
        URI broker = broker(settings.get("broker"), tls.enabled());
        List<String> topics = list(settings.getOrDefault("topics", DEFAULT_TOPICS));
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("mqtt: setting 'topics' names no topic filter");
        }
        topics.forEach(MqttTopics::requireFilter);
        String clientId = settings.getOrDefault("client-id", DEFAULT_CLIENT_ID);
        if (clientId.isBlank()) {
            throw new IllegalArgumentException("mqtt: setting 'client-id' is blank");
        }
        return new MqttSettings(broker, topics, clientId, credentials(settings), qos(settings.get("qos")), tls,
                sources(settings.get("sources")), maxReconnectDelay(settings.get("max-reconnect-delay-ms")));
    }

    private static URI broker(String text, boolean tls) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("mqtt: setting 'broker' (ssl://host:port or tcp://host:port) is required");
        }
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("mqtt: setting 'broker' is not a URI: " + text, e);
        }
        String expected = tls ? "ssl" : "tcp";
        if (!expected.equals(uri.getScheme()) || uri.getHost() == null || uri.getPort() <= 0) {
            throw new IllegalArgumentException("mqtt: setting 'broker' must be " + expected + "://host:port (TLS is "
                    + (tls ? "on; set tls=off for tcp://" : "off") + "), got " + text);
        }
        return uri;
    }

    private static Optional<Credentials> credentials(Map<String, String> settings) {
        String user = settings.get("username");
        String password = settings.get("password");
        if (user == null && password == null) {
            return Optional.empty();
        }
        if (user == null || user.isBlank() || password == null) {
            throw new IllegalArgumentException("mqtt: settings 'username' and 'password' go together");
        }
        return Optional.of(new Credentials(user, password));
    }

    private static int qos(String text) {
        if (text == null) {
            return 1;
        }
        switch (text.trim()) {
            case "0":
                return 0;
            case "1":
                return 1;
            case "2":
                return 2;
            default:
                throw new IllegalArgumentException("mqtt: setting 'qos' must be 0, 1 or 2, got " + text);
        }
    }

    private static Sources sources(String text) {
        if (text == null || text.isBlank()) {
            return new Sources(false, List.of());
        }
        if ("*".equals(text.trim())) {
            return new Sources(true, List.of());
        }
        return new Sources(false, list(text));
    }

    private static Duration maxReconnectDelay(String text) {
        if (text == null) {
            return Duration.ofSeconds(5);
        }
        try {
            long ms = Long.parseLong(text.trim());
            if (ms >= 100 && ms <= 3_600_000) {
                return Duration.ofMillis(ms);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("mqtt: setting 'max-reconnect-delay-ms' must be 100..3600000, got " + text);
    }

    private static List<String> list(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }
}
