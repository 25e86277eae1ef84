package org.nettwin.emulator.mqtt;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Map;
import org.nettwin.telemetry.security.Credentials;
import org.nettwin.telemetry.security.TlsOptions;

/**
 * How cells publish: every {@code interval} (default 1 s), at QoS {@code qos} (default 1), over TLS trusting what
 * {@code tls} trusts (the broker's authority), each cell logging in with its own credentials (by device id).
 */
public record CellPublisherSettings(Duration interval, int qos, TlsOptions tls, Map<String, Credentials> credentials) {

    /** The default publishing interval. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

    public CellPublisherSettings {
        requireNonNull(interval, "interval");
        requireNonNull(tls, "tls");
        credentials = Map.copyOf(credentials);
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("cell publishing interval must be positive, got " + interval);
        }
        if (qos < 0 || qos > 2) {
            throw new IllegalArgumentException("MQTT QoS must be 0, 1 or 2, got " + qos);
        }
    }

    /** Every second at QoS 1. */
    public static CellPublisherSettings of(TlsOptions tls, Map<String, Credentials> credentials) {
        return new CellPublisherSettings(DEFAULT_INTERVAL, 1, tls, credentials);
    }

    /** These settings publishing every {@code newInterval}. */
    public CellPublisherSettings withInterval(Duration newInterval) {
        return new CellPublisherSettings(newInterval, qos, tls, credentials);
    }

    /** The credentials of {@code deviceId}. @throws IllegalArgumentException naming the device when it has none */
    Credentials credentialsOf(String deviceId) {
        Credentials c = credentials.get(deviceId);
        if (c == null) {
            throw new IllegalArgumentException("cell publisher: no MQTT credentials for cell " + deviceId);
        }
        return c;
    }
}
