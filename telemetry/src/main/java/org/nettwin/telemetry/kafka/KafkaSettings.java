package org.nettwin.telemetry.kafka;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.nettwin.telemetry.security.Credentials;
import org.nettwin.telemetry.security.TlsOptions;

/**
 * A Kafka collector's settings: {@code bootstrap} (host:port list), {@code topics} (comma list), {@code group}
 * (consumer group), {@code format} ({@code gnmi-json} or {@code telegraf-json}), {@code source} ({@code key} or
 * {@code tag:<name>}, default {@code tag:host}), {@code sources} (optional comma allow-list), {@code timestamp_units}
 * (Telegraf: {@code s}, {@code ms}, {@code us} or {@code ns}; also {@code 1s} ...), {@code offset.reset}
 * ({@code latest}, the default, or {@code earliest}), TLS ({@link TlsOptions#fromSettings}: on by default) and SASL
 * PLAIN ({@code username} + {@code password}). {@link #toString()} shows no secret.
 */
record KafkaSettings(String bootstrap, List<String> topics, String group, String format, SourceRule source,
                     Set<String> sources, long nanosPerUnit, String offsetReset, TlsOptions tls,
                     Optional<Credentials> sasl) {

    private static final Map<String, Long> UNITS = Map.of("s", 1_000_000_000L, "ms", 1_000_000L, "us", 1_000L,
            "ns", 1L);

    KafkaSettings {
        requireNonNull(bootstrap, "bootstrap");
        topics = List.copyOf(topics);
        sources = Set.copyOf(sources);
        requireNonNull(tls, "tls");
        requireNonNull(sasl, "sasl");
    }

    /** @throws IllegalArgumentException naming the missing or bad setting, never a secret value */
    static KafkaSettings of(Map<String, String> settings) {
        String bootstrap = required(settings, "bootstrap");
        List<String> topics = list(required(settings, "topics"));
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("kafka: setting 'topics' names no topic");
        }
        String format = required(settings, "format");
        if (!"gnmi-json".equals(format) && !"telegraf-json".equals(format)) {
            throw new IllegalArgumentException("kafka: setting 'format' must be gnmi-json or telegraf-json, got '"
                    + format + "'");
        }
        String units = settings.getOrDefault("timestamp_units", "s").strip();
        Long nanos = UNITS.get(units.startsWith("1") ? units.substring(1) : units);
        if (nanos == null) {
            throw new IllegalArgumentException("kafka: setting 'timestamp_units' must be s, ms, us or ns, got '"
                    + units + "'");
        }
        String reset = settings.getOrDefault("offset.reset", "latest");
        if (!"latest".equals(reset) && !"earliest".equals(reset)) {
            throw new IllegalArgumentException("kafka: setting 'offset.reset' must be latest or earliest");
        }
        return new KafkaSettings(bootstrap, topics, required(settings, "group"), format,
                SourceRule.of(settings.get("source")), Set.copyOf(list(settings.getOrDefault("sources", ""))),
                nanos, reset, TlsOptions.fromSettings(settings, "kafka"), sasl(settings));
    }

    private static Optional<Credentials> sasl(Map<String, String> settings) {
        String user = settings.get("username");
        String password = settings.get("password");
        if (user == null && password == null) {
            return Optional.empty();
        }
        if (user == null || user.isBlank() || password == null) {
            throw new IllegalArgumentException("kafka: settings 'username' and 'password' go together");
        }
        return Optional.of(new Credentials(user, password));
    }

    /** The consumer's configuration (byte-array values, string keys). */
    Properties consumerProperties() {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("group.id", group);
        p.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        p.put("value.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        p.put("auto.offset.reset", offsetReset);
        p.put("enable.auto.commit", "true");
        p.put("client.id", "nettwin-" + group);
        p.putAll(securityProperties());
        return p;
    }

    /** TLS (PEM, host name verification kept on) and SASL PLAIN client settings. */
    Map<String, String> securityProperties() {
        Map<String, String> p = new java.util.HashMap<>();
        String protocol = (sasl.isPresent() ? "SASL_" : "") + (tls.enabled() ? "SSL" : "PLAINTEXT");
        p.put("security.protocol", protocol);
        if (tls.enabled()) {
            Map<String, String> pem = tls.asSettings();
            if (pem.containsKey("tls.ca")) {
                p.put("ssl.truststore.type", "PEM");
                p.put("ssl.truststore.certificates", pem.get("tls.ca"));
            }
            if (pem.containsKey("tls.cert")) {
                p.put("ssl.keystore.type", "PEM");
                p.put("ssl.keystore.certificate.chain", pem.get("tls.cert"));
                p.put("ssl.keystore.key", pem.get("tls.key"));
            }
            p.put("ssl.endpoint.identification.algorithm", "https");
        }
        sasl.ifPresent(c -> {
            p.put("sasl.mechanism", "PLAIN");
            p.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                    + jaas(c.username()) + "\" password=\"" + jaas(c.secret()) + "\";");
        });
        return p;
    }

    private static String jaas(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String required(Map<String, String> settings, String key) {
        String value = settings.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("kafka: setting '" + key + "' is missing");
        }
        return value.strip();
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .collect(Collectors.toList());
    }

    @Override
    public String toString() {
        return "KafkaSettings[" + bootstrap + ", topics " + topics + ", group " + group + ", " + format + ", "
                + tls + ", sasl " + sasl.map(Credentials::username).orElse("off") + "]";
    }
}
