package org.nettwin.store;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.store.jdbc.Database;

/**
 * The shared frame of the contract tests of the SQL repository parts: each test gets a fresh, empty database of
 * the backend its concrete subclass names (DuckDB in a temporary directory, or a new database on the embedded
 * PostgreSQL server), an adjustable clock, and a way to close and reopen the same database.
 */
public abstract class BackendContract {

    /** Where the clock starts: 2025-03-04 10:00 UTC. */
    protected static final Instant T0 = Instant.parse("2025-03-04T10:00:00Z");

    @TempDir
    protected Path tempDir;

    protected final AdjustableClock clock = new AdjustableClock(T0);
    protected StoreSettings settings;
    protected Database db;

    /** Settings for a new, empty database of this backend. */
    protected abstract StoreSettings freshSettings(Path dir);

    @BeforeEach
    final void openDatabase() {
        settings = freshSettings(tempDir);
        db = Database.open(settings);
    }

    @AfterEach
    final void closeDatabase() {
        db.close();
    }

    /** Closes the database and opens the same one again (same directory, or same PostgreSQL URL). */
    protected final Database reopen() {
        db.close();
        db = Database.open(settings);
        return db;
    }

    /** Runs raw SQL against the database, as someone tampering with it would. */
    protected final int rawSql(String sql) {
        return db.write(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate(sql);
            }
        });
    }

    /** DuckDB in a temporary directory. */
    public static StoreSettings duckdb(Path dir) {
        return StoreSettings.duckdb(dir.resolve("store"));
    }

    /** A fresh database on the embedded PostgreSQL server started once per test JVM. */
    public static StoreSettings postgres(Path dir) {
        return PostgresServer.freshDatabase();
    }
}
