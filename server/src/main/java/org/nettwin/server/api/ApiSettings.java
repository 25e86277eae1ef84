package org.nettwin.server.api;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How the API server runs: the host it binds (loopback by default) and its port (0 = any free one), how often the
 * WebSocket pushes state, how long a WebSocket may take to authenticate, the largest request body (bytes) and the
 * most WebSocket clients at once.
 */
public record ApiSettings(String host, int port, Duration statePush, Duration authTimeout, long maxRequestBytes,
                          int maxWebSocketClients) {

    /** 127.0.0.1, any free port, state every second, 5 s to authenticate, 64 KiB bodies, 256 WebSocket clients. */
    public static final ApiSettings DEFAULTS = new ApiSettings("127.0.0.1", 0, Duration.ofSeconds(1),
            Duration.ofSeconds(5), 64 * 1024, 256);

    public ApiSettings {
        requireNonNull(host, "host");
        requireNonNull(statePush, "statePush");
        requireNonNull(authTimeout, "authTimeout");
        if (host.isBlank()) {
            throw new IllegalArgumentException("api host is blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("api port must be in 0..65535, was " + port);
        }
        if (statePush.isNegative() || statePush.toMillis() < 10) {
            throw new IllegalArgumentException("api state push interval must be >= 10 ms, was " + statePush);
        }
        if (authTimeout.isNegative() || authTimeout.isZero()) {
            throw new IllegalArgumentException("api auth timeout must be > 0, was " + authTimeout);
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("api max request size must be >= 1024 bytes, was " + maxRequestBytes);
        }
        if (maxWebSocketClients < 1) {
            throw new IllegalArgumentException("api max WebSocket clients must be >= 1, was " + maxWebSocketClients);
        }
    }

    /** These settings on another port. */
    public ApiSettings withPort(int newPort) {
        return new ApiSettings(host, newPort, statePush, authTimeout, maxRequestBytes, maxWebSocketClients);
    }

    /** These settings with another state push interval. */
    public ApiSettings withStatePush(Duration interval) {
        return new ApiSettings(host, port, interval, authTimeout, maxRequestBytes, maxWebSocketClients);
    }

    /** These settings with another WebSocket authentication timeout. */
    public ApiSettings withAuthTimeout(Duration timeout) {
        return new ApiSettings(host, port, statePush, timeout, maxRequestBytes, maxWebSocketClients);
    }
}
