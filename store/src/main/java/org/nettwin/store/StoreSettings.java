package org.nettwin.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.nettwin.store.series.RetentionPolicy;

/**
 * How to open the repository. {@code backend} is {@code duckdb} (embedded, files under {@code dataDirectory}) or
 * {@code postgres} (at {@code jdbcUrl} with {@code user}/{@code password}). Samples more than {@code maxFutureSkew}
 * ahead of the store's clock are rejected. Under overload, writers wait up to {@code maxBlock} for room among
 * {@code maxPendingSamples} samples in flight, then the batch is shed ({@code OverloadPolicy.SHED}) or the wait goes
 * on ({@code BLOCK}). The password never appears in {@link #toString()}.
 */
public record StoreSettings(String backend, Path dataDirectory, Optional<String> jdbcUrl, Optional<String> user,
                            Optional<String> password, RetentionPolicy retention, Duration maxFutureSkew,
                            long maxPendingSamples, Duration maxBlock, OverloadPolicy overload) {

    /** Embedded DuckDB in {@code ./data}, default retention, 5 min future skew, 4 M samples in flight, block. */
    public static final StoreSettings DEFAULTS = new StoreSettings("duckdb", Path.of("data"), Optional.empty(),
            Optional.empty(), Optional.empty(), RetentionPolicy.DEFAULTS, Duration.ofMinutes(5), 4_000_000,
            Duration.ofSeconds(30), OverloadPolicy.BLOCK);

    /** What a writer meets when ingestion cannot keep up. */
    public enum OverloadPolicy {
        /** Wait until there is room (back-pressure); counted as blocked time. */
        BLOCK,
        /** After waiting {@code maxBlock}, refuse the batch whole (counted as shed). */
        SHED
    }

    public StoreSettings {
        requireNonNull(backend, "backend");
        requireNonNull(dataDirectory, "dataDirectory");
        requireNonNull(jdbcUrl, "jdbcUrl");
        requireNonNull(user, "user");
        requireNonNull(password, "password");
        requireNonNull(retention, "retention");
        requireNonNull(maxFutureSkew, "maxFutureSkew");
        requireNonNull(maxBlock, "maxBlock");
        requireNonNull(overload, "overload");
        if (!backend.equals("duckdb") && !backend.equals("postgres")) {
            throw new IllegalArgumentException("unknown store backend \"" + backend + "\" (duckdb or postgres)");
        }
        if (backend.equals("postgres") && jdbcUrl.isEmpty()) {
            throw new IllegalArgumentException("the postgres backend needs a JDBC URL");
        }
        if (maxPendingSamples < 1 || maxFutureSkew.isNegative() || maxBlock.isNegative()) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static StoreSettings duckdb(Path dataDirectory) {
        return DEFAULTS.withDataDirectory(dataDirectory);
    }

    public static StoreSettings postgres(String jdbcUrl, String user, String password) {
        return new StoreSettings("postgres", DEFAULTS.dataDirectory, Optional.of(jdbcUrl), Optional.of(user),
                Optional.of(password), DEFAULTS.retention, DEFAULTS.maxFutureSkew, DEFAULTS.maxPendingSamples,
                DEFAULTS.maxBlock, DEFAULTS.overload);
    }

    public StoreSettings withDataDirectory(Path dir) {
        return new StoreSettings(backend, dir, jdbcUrl, user, password, retention, maxFutureSkew, maxPendingSamples,
                maxBlock, overload);
    }

    public StoreSettings withOverload(OverloadPolicy policy, long pendingSamples, Duration block) {
        return new StoreSettings(backend, dataDirectory, jdbcUrl, user, password, retention, maxFutureSkew,
                pendingSamples, block, policy);
    }

    public StoreSettings withMaxFutureSkew(Duration skew) {
        return new StoreSettings(backend, dataDirectory, jdbcUrl, user, password, retention, skew, maxPendingSamples,
                maxBlock, overload);
    }

    public StoreSettings withRetention(RetentionPolicy policy) {
        return new StoreSettings(backend, dataDirectory, jdbcUrl, user, password, policy, maxFutureSkew,
                maxPendingSamples, maxBlock, overload);
    }

    /** A JDBC URL without any password it carries, for messages and logs. */
    public static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/:@]+):[^/@]*@", "//$1:***@");
    }

    @Override
    public String toString() {
        return "StoreSettings[backend=" + backend + ", dataDirectory=" + dataDirectory + ", jdbcUrl="
                + jdbcUrl.map(StoreSettings::redacted).orElse("-") + ", user=" + user.orElse("-") + ", password="
                + (password.isPresent() ? "***" : "-")
                + ", retention=" + retention + ", maxFutureSkew=" + maxFutureSkew + ", maxPendingSamples="
                + maxPendingSamples + ", maxBlock=" + maxBlock + ", overload=" + overload + "]";
    }
}
