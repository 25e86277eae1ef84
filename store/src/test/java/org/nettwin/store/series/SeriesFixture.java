package org.nettwin.store.series;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.nettwin.store.StoreSettings;
import org.nettwin.store.jdbc.Database;

/**
 * Opens a fresh repository (DuckDB in a temporary directory, or a new database on the test PostgreSQL server) with
 * a time series on a settable clock, and closes it after each test; subclasses choose the backend.
 */
abstract class SeriesFixture {

    /** The store's clock: noon, 1 January 2025; test data lies in the two hours before. */
    static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");
    static final long T0 = Micros.of(Instant.parse("2025-01-01T10:00:00Z"));
    static final long SECOND = 1_000_000L;

    final SettableClock clock = new SettableClock(NOW);
    StoreSettings settings;
    Database db;
    SqlTimeSeries series;

    abstract StoreSettings newSettings();

    @BeforeEach
    void openStore() {
        settings = newSettings();
        open(settings);
    }

    void open(StoreSettings s) {
        db = Database.open(s);
        // No background folding: the tests fold by hand, so they know which source answers.
        series = new SqlTimeSeries(db, s, clock, Duration.ofDays(1));
    }

    void reopen() {
        closeStore();
        open(settings);
    }

    @AfterEach
    void closeStore() {
        if (series != null) {
            series.close();
            db.close();
            series = null;
        }
    }

    long sql(String query) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(query); ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    long interfaceSeries(String entity) {
        return series.register(SeriesKey.of(EntityKind.INTERFACE, entity, "in_rate", "bit/s"));
    }
}
