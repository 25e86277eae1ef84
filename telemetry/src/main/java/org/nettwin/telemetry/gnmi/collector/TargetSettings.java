package org.nettwin.telemetry.gnmi.collector;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nettwin.telemetry.gnmi.proto.Path;
import org.nettwin.telemetry.security.Credentials;
import org.nettwin.telemetry.security.TlsOptions;
import org.nettwin.telemetry.spi.Target;

/**
 * One gNMI target's settings, the collector's defaults overlaid by the target's own: {@code address}
 * ({@code host:port}, required), {@code paths} (comma-separated, default {@code /interfaces,/qos,/components,/system}),
 * {@code mode} (default {@code sample}), {@code interval} (ISO-8601 such as {@code PT1S}, or milliseconds; default
 * 1 s), {@code username} and {@code password} (sent as call metadata), TLS ({@link TlsOptions#fromSettings}, on by
 * default), {@code tls.server-name} (the name the target's certificate must match, default the address's host) and
 * {@code on-change-paths} (comma-separated, default none: paths also subscribed ON_CHANGE in the same STREAM call,
 * e.g. {@code /interfaces/interface/state/oper-status} so a status change arrives at once instead of at the next
 * sample; only with a STREAM mode).
 */
record TargetSettings(String name, String host, int port, List<Path> paths, CollectMode mode, Duration interval,
                      Optional<Credentials> credentials, TlsOptions tls, Optional<String> serverName,
                      List<Path> onChangePaths) {

    static final String DEFAULT_PATHS = "/interfaces,/qos,/components,/system";

    TargetSettings {
        paths = List.copyOf(paths);
        onChangePaths = List.copyOf(onChangePaths);
    }

    /** Reads {@code target}'s settings over {@code defaults}; errors name the target and the setting. */
    static TargetSettings of(Target target, Map<String, String> defaults) {
        Map<String, String> s = new HashMap<>(defaults);
        s.putAll(target.settings());
        String where = "gnmi target " + target.name();
        String address = new Target(target.name(), s).require("address").strip();
        int colon = address.lastIndexOf(':');
        if (colon <= 0 || colon == address.length() - 1) {
            throw new IllegalArgumentException(where + ": setting 'address' must be host:port");
        }
        String host = address.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        CollectMode mode = CollectMode.named(s.getOrDefault("mode", "sample").strip(), where);
        return new TargetSettings(target.name(), host, port(address.substring(colon + 1), where),
                paths(s.getOrDefault("paths", DEFAULT_PATHS), where), mode,
                interval(s.getOrDefault("interval", "PT1S").strip(), where), credentials(s, where),
                TlsOptions.fromSettings(s, where), Optional.ofNullable(s.get("tls.server-name")).map(String::strip)
                        .filter(n -> !n.isEmpty()), onChangePaths(s, mode, where));
    }

    private static List<Path> onChangePaths(Map<String, String> s, CollectMode mode, String where) {
        String text = s.getOrDefault("on-change-paths", "").strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (!mode.streams()) {
            throw new IllegalArgumentException(where + ": setting 'on-change-paths' needs a STREAM mode (sample, "
                    + "on-change or target-defined)");
        }
        return paths(text, where, "on-change-paths");
    }

    private static int port(String text, String where) {
        try {
            int port = Integer.parseInt(text);
            if (port > 0 && port < 65_536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(where + ": setting 'address' has no valid port");
    }

    private static List<Path> paths(String text, String where) {
        return paths(text, where, "paths");
    }

    private static List<Path> paths(String text, String where, String setting) {
        List<Path> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String path = part.strip();
            if (path.isEmpty()) {
                continue;
            }
            try {
                out.add(PathText.parse(path));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": setting '" + setting + "': " + e.getMessage(), e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(where + ": setting '" + setting + "' names no path");
        }
        return out;
    }

    private static Duration interval(String text, String where) {
        Duration interval;
        try {
            interval = text.startsWith("P") || text.startsWith("p") ? Duration.parse(text)
                    : Duration.ofMillis(Long.parseLong(text));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(where + ": setting 'interval' must be ISO-8601 (PT1S) or milliseconds");
        }
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(where + ": setting 'interval' must be positive");
        }
        return interval;
    }

    private static Optional<Credentials> credentials(Map<String, String> s, String where) {
        String user = s.get("username");
        String password = s.get("password");
        if (user == null && password == null) {
            return Optional.empty();
        }
        if (user == null || user.isBlank() || password == null) {
            throw new IllegalArgumentException(where + ": settings 'username' and 'password' go together");
        }
        return Optional.of(new Credentials(user, password));
    }

    /** The TLS authority the target's certificate must match. */
    String authority() {
        return serverName.orElse(host);
    }

    @Override
    public String toString() {
        return "TargetSettings[" + name + ", " + host + ":" + port + ", " + mode.settingName() + " every " + interval
                + ", " + paths.size() + " paths, " + credentials.map(c -> "user " + c.username()).orElse("no user")
                + ", " + tls + "]";
    }
}
