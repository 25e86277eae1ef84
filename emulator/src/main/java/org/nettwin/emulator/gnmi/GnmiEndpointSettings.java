package org.nettwin.emulator.gnmi;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.nettwin.telemetry.security.Credentials;
import org.nettwin.telemetry.security.Identity;
import org.nettwin.telemetry.security.TlsOptions;

/**
 * How a {@link GnmiEndpoint} serves its devices: the server TLS ({@code tls}; its identity is presented by every
 * device that has none of its own in {@code identities}, keyed by device id), the user name and password each device
 * accepts ({@code credentials}, keyed by device id: a device without credentials refuses every call), and the
 * shortest SAMPLE interval a subscription may ask for. Subscriptions that ask for interval 0 get
 * {@link #defaultSampleInterval()}: 1 s, or the minimum when that is longer.
 */
public record GnmiEndpointSettings(TlsOptions tls, Map<String, Identity> identities,
                                   Map<String, Credentials> credentials, Duration minimumSampleInterval) {

    /** The device default sample interval. */
    public static final Duration DEFAULT_SAMPLE_INTERVAL = Duration.ofSeconds(1);

    public GnmiEndpointSettings {
        requireNonNull(tls, "tls");
        identities = Map.copyOf(identities);
        credentials = Map.copyOf(credentials);
        requireNonNull(minimumSampleInterval, "minimumSampleInterval");
        if (minimumSampleInterval.isNegative() || minimumSampleInterval.isZero()) {
            throw new IllegalArgumentException("gnmi endpoint: minimum sample interval must be positive, got "
                    + minimumSampleInterval);
        }
    }

    /** Settings with one TLS identity for all devices and a minimum sample interval of 100 ms. */
    public static GnmiEndpointSettings of(TlsOptions tls, Map<String, Credentials> credentials) {
        return new GnmiEndpointSettings(tls, Map.of(), credentials, Duration.ofMillis(100));
    }

    /** These settings with each device in {@code perDevice} presenting its own identity. */
    public GnmiEndpointSettings withIdentities(Map<String, Identity> perDevice) {
        return new GnmiEndpointSettings(tls, perDevice, credentials, minimumSampleInterval);
    }

    /** These settings with another minimum sample interval. */
    public GnmiEndpointSettings withMinimumSampleInterval(Duration minimum) {
        return new GnmiEndpointSettings(tls, identities, credentials, minimum);
    }

    /** The identity device {@code deviceId} presents: its own, else the TLS options' one. */
    public Optional<Identity> identityOf(String deviceId) {
        Identity own = identities.get(deviceId);
        return own != null ? Optional.of(own) : tls.identity();
    }

    /** The interval a SAMPLE subscription asking for 0 gets. */
    public Duration defaultSampleInterval() {
        return DEFAULT_SAMPLE_INTERVAL.compareTo(minimumSampleInterval) >= 0 ? DEFAULT_SAMPLE_INTERVAL
                : minimumSampleInterval;
    }

    @Override
    public String toString() {
        return "GnmiEndpointSettings[" + tls + ", " + identities.size() + " device identities, credentials for "
                + credentials.size() + " devices, minimum sample interval " + minimumSampleInterval + "]";
    }
}
