package org.nettwin.server.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Comparator;
import java.util.stream.Stream;
import org.nettwin.store.StoreSettings;
import org.nettwin.store.jdbc.Database;

/**
 * Where the store benchmark writes: a DuckDB file in a directory (a fresh temporary one unless given), or a
 * PostgreSQL server at a JDBC URL, or, without a URL, an embedded PostgreSQL started for the run on 127.0.0.1 with an
 * ephemeral port. Temporary directories and the embedded server go away on {@link #close()}.
 */
final class StoreTarget implements AutoCloseable {

    private final StoreSettings settings;
    private final Path temporary;
    private final EmbeddedPostgres server;

    private StoreTarget(StoreSettings settings, Path temporary, EmbeddedPostgres server) {
        this.settings = settings;
        this.temporary = temporary;
        this.server = server;
    }

    static StoreTarget duckdb(Path dir) throws IOException {
        if (dir != null) {
            if (Files.exists(dir.resolve("nettwin.duckdb"))) {
                throw new IllegalArgumentException(dir + " already holds a repository; give an empty directory");
            }
            return new StoreTarget(StoreSettings.duckdb(dir), null, null);
        }
        Path tmp = Files.createTempDirectory("nettwin-bench-store");
        return new StoreTarget(StoreSettings.duckdb(tmp), tmp, null);
    }

    static StoreTarget postgres(String jdbcUrl, String user, String password) throws IOException {
        if (jdbcUrl != null) {
            return new StoreTarget(StoreSettings.postgres(jdbcUrl, user, password), null, null);
        }
        Path tmp = Files.createTempDirectory("nettwin-bench-pg");
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(tmp).setCleanDataDirectory(true).setPort(0)
                .setServerConfig("listen_addresses", "127.0.0.1").setServerConfig("max_wal_size", "4GB").start();
        return new StoreTarget(StoreSettings.postgres(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres"), tmp,
                pg);
    }

    StoreSettings settings() {
        return settings;
    }

    String description() {
        return settings.backend().equals("duckdb") ? "DuckDB in " + settings.dataDirectory()
                : server != null ? "embedded PostgreSQL (started for this run)" : "PostgreSQL at " + settings.jdbcUrl().get();
    }

    /** DuckDB: the database file after the store was closed (and so checkpointed). */
    long duckdbFileBytes() throws IOException {
        long bytes = 0;
        for (String name : new String[] {"nettwin.duckdb", "nettwin.duckdb.wal"}) {
            Path file = settings.dataDirectory().resolve(name);
            bytes += Files.exists(file) ? Files.size(file) : 0;
        }
        return bytes;
    }

    /** PostgreSQL: the size of a relation with its indexes and TOAST (pg_total_relation_size). */
    static long relationBytes(Database db, String table) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT pg_total_relation_size(?)")) {
                q.setString(1, table);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
        }
        if (temporary != null && Files.exists(temporary)) {
            try (Stream<Path> files = Files.walk(temporary)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
