package org.nettwin.server.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.nettwin.server.cli.BadInputException;
import org.nettwin.store.StoreSettings;

/**
 * Reads the repository settings from the environment (only the server reads the environment, DESIGN.md §4):
 * {@code NETTWIN_STORE} ({@code duckdb}, the default, or {@code postgres}), {@code NETTWIN_DATA_DIR} (DuckDB's
 * directory, default {@code ./data}), {@code NETTWIN_STORE_JDBC_URL}, {@code NETTWIN_STORE_USER} and
 * {@code NETTWIN_STORE_PASSWORD} (PostgreSQL). Command-line options override them.
 */
public final class StoreConfig {

    private StoreConfig() {
    }

    /** Settings from {@code env}, with the given overrides (empty: use the environment or the default). */
    public static StoreSettings from(Map<String, String> env, Optional<String> backend, Optional<Path> dataDir,
                                     Optional<String> jdbcUrl) {
        String kind = backend.or(() -> Optional.ofNullable(env.get("NETTWIN_STORE"))).orElse("duckdb");
        if (kind.equals("duckdb")) {
            Path dir = dataDir.or(() -> Optional.ofNullable(env.get("NETTWIN_DATA_DIR")).map(Path::of))
                    .orElse(StoreSettings.DEFAULTS.dataDirectory());
            return StoreSettings.duckdb(dir);
        }
        if (kind.equals("postgres")) {
            String url = jdbcUrl.or(() -> Optional.ofNullable(env.get("NETTWIN_STORE_JDBC_URL")))
                    .orElseThrow(() -> new BadInputException("the postgres store needs --jdbc-url or NETTWIN_STORE_JDBC_URL"));
            return StoreSettings.postgres(url, env.getOrDefault("NETTWIN_STORE_USER", "postgres"),
                    env.getOrDefault("NETTWIN_STORE_PASSWORD", ""));
        }
        throw new BadInputException("unknown store backend \"" + kind + "\" (duckdb or postgres)");
    }
}
