package org.nettwin.telemetry.prometheus.scraper;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nettwin.telemetry.security.TlsOptions;
import org.nettwin.telemetry.spi.Target;

/**
 * One scrape target as read from its settings: its name (the measurements' source), URL, interval, timeout, the
 * {@code Authorization} header it sends (a secret: never printed) and its TLS options. {@code tlsKey} identifies the
 * TLS settings so that targets with the same ones share an HTTP client.
 */
record ScrapeTarget(String name, URI url, Duration interval, Duration timeout, Optional<String> authorization,
                    TlsOptions tls, List<String> tlsKey) {

    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

    /**
     * Reads {@code target}'s settings over {@code defaults}: {@code url} (required, http or https), {@code interval}
     * and {@code timeout} (ISO-8601 or milliseconds; timeout defaults to the interval), {@code token} (bearer) or
     * {@code username} + {@code password} (basic), and TLS ({@link TlsOptions#fromSettings}).
     *
     * @throws IllegalArgumentException naming the target and the bad setting, never a secret value
     */
    static ScrapeTarget of(Target target, Map<String, String> defaults) {
        Map<String, String> settings = new HashMap<>(defaults);
        settings.putAll(target.settings());
        String where = "prometheus target " + target.name();
        URI url = url(settings.get("url"), where);
        Duration interval = duration(settings, "interval", DEFAULT_INTERVAL, where);
        Duration timeout = duration(settings, "timeout", interval, where);
        TlsOptions tls = TlsOptions.fromSettings(settings, where);
        if (tls.enabled() != "https".equals(url.getScheme())) {
            throw new IllegalArgumentException(where + ": setting 'url' is " + url.getScheme()
                    + " but setting 'tls' is " + (tls.enabled() ? "on (the default)" : "off"));
        }
        List<String> tlsKey = List.of(settings.getOrDefault("tls", "on"), text(settings, "tls.ca"),
                text(settings, "tls.cert"), text(settings, "tls.key"));
        return new ScrapeTarget(target.name(), url, interval, timeout, authorization(settings, where), tls, tlsKey);
    }

    private static URI url(String text, String where) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(where + ": setting 'url' is missing");
        }
        try {
            URI url = new URI(text.strip());
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
                throw new IllegalArgumentException(where + ": setting 'url' must be an http or https URL with a host");
            }
            if (url.getUserInfo() != null) {
                throw new IllegalArgumentException(where + ": setting 'url' must not hold credentials"
                        + " (use settings 'username' and 'password')");
            }
            return url;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(where + ": setting 'url' is not a URL: " + e.getReason());
        }
    }

    static Duration duration(Map<String, String> settings, String key, Duration fallback, String where) {
        String text = settings.get(key);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        Duration value;
        try {
            value = text.strip().chars().allMatch(Character::isDigit) ? Duration.ofMillis(Long.parseLong(text.strip()))
                    : Duration.parse(text.strip());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(where + ": setting '" + key
                    + "' must be an ISO-8601 duration (PT1S) or milliseconds, got '" + text + "'");
        }
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(where + ": setting '" + key + "' must be positive, got '" + text + "'");
        }
        return value;
    }

    private static Optional<String> authorization(Map<String, String> settings, String where) {
        String token = settings.get("token");
        String user = settings.get("username");
        String password = settings.get("password");
        if (token != null && (user != null || password != null)) {
            throw new IllegalArgumentException(where + ": give setting 'token' or 'username'/'password', not both");
        }
        if (token != null) {
            if (token.isBlank()) {
                throw new IllegalArgumentException(where + ": setting 'token' is blank");
            }
            return Optional.of("Bearer " + token.strip());
        }
        if (user == null && password == null) {
            return Optional.empty();
        }
        if (user == null || user.isBlank() || password == null) {
            throw new IllegalArgumentException(where + ": settings 'username' and 'password' go together");
        }
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return Optional.of("Basic " + basic);
    }

    private static String text(Map<String, String> settings, String key) {
        return settings.getOrDefault(key, "") + "\u0000" + settings.getOrDefault(key + ".file", "");
    }

    @Override
    public String toString() {
        return "ScrapeTarget[" + name + ", " + url + ", every " + interval + ", timeout " + timeout + ", "
                + (authorization.isPresent() ? "with credentials" : "no credentials") + ", " + tls + "]";
    }
}
