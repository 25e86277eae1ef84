package org.nettwin.emulator.prometheus;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import org.nettwin.telemetry.security.Credentials;
import org.nettwin.telemetry.security.Identity;
import org.nettwin.telemetry.security.TlsOptions;

/**
 * How the Prometheus endpoints serve: {@code tls} (its identity is every device's certificate unless
 * {@code identities} gives a device its own; TLS off serves plain HTTP), the bearer token of each device
 * ({@code tokens}: device id → credentials whose secret is the token; a device without one refuses every scrape) and
 * the number of threads all endpoints share. Endpoints ask for no client certificate: scrapers authenticate with the
 * bearer token.
 */
public record PrometheusEndpointSettings(TlsOptions tls, Map<String, Identity> identities,
                                         Map<String, Credentials> tokens, int threads) {

    public PrometheusEndpointSettings {
        requireNonNull(tls, "tls");
        identities = Map.copyOf(identities);
        tokens = Map.copyOf(tokens);
        if (threads < 1) {
            throw new IllegalArgumentException("prometheus endpoint: threads must be at least 1, got " + threads);
        }
    }

    /** TLS as {@code tls} says, the given tokens, two threads. */
    public static PrometheusEndpointSettings of(TlsOptions tls, Map<String, Credentials> tokens) {
        return new PrometheusEndpointSettings(tls, Map.of(), tokens, 2);
    }

    /** These settings with per-device identities. */
    public PrometheusEndpointSettings withIdentities(Map<String, Identity> perDevice) {
        return new PrometheusEndpointSettings(tls, perDevice, tokens, threads);
    }

    /** These settings with {@code count} shared threads. */
    public PrometheusEndpointSettings withThreads(int count) {
        return new PrometheusEndpointSettings(tls, identities, tokens, count);
    }

    /** The certificate device {@code id} presents: its own, else the shared one. */
    Optional<Identity> identityOf(String id) {
        Identity own = identities.get(id);
        return own != null ? Optional.of(own) : tls.identity();
    }

    @Override
    public String toString() {
        return "PrometheusEndpointSettings[" + tls + ", " + identities.size() + " own identities, tokens for "
                + new java.util.TreeSet<>(tokens.keySet()) + ", " + threads + " threads]";
    }
}
