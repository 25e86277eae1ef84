package org.nettwin.store;

import java.time.Clock;
import org.nettwin.store.audit.AuditLog;
import org.nettwin.store.audit.SqlAuditLog;
import org.nettwin.store.events.EventLog;
import org.nettwin.store.events.SqlEventLog;
import org.nettwin.store.history.NetworkHistory;
import org.nettwin.store.history.SqlNetworkHistory;
import org.nettwin.store.jdbc.Database;
import org.nettwin.store.registry.ModelRegistry;
import org.nettwin.store.registry.SqlModelRegistry;
import org.nettwin.store.scenarios.ScenarioArchive;
import org.nettwin.store.scenarios.SqlScenarioArchive;
import org.nettwin.store.series.SqlTimeSeries;
import org.nettwin.store.series.TimeSeries;

/**
 * The repository on a SQL database: one {@link Database} (DuckDB embedded, or PostgreSQL) shared by the six parts,
 * each with its own tables and versioned migrations. Open it with {@link #open(StoreSettings, Clock)}.
 */
public final class JdbcTwinStore implements TwinStore {

    private final StoreSettings settings;
    private final Database database;
    private final SqlTimeSeries series;
    private final NetworkHistory history;
    private final EventLog events;
    private final ScenarioArchive scenarios;
    private final ModelRegistry models;
    private final AuditLog audit;
    private final java.util.concurrent.ScheduledExecutorService housekeeping;

    private JdbcTwinStore(StoreSettings settings, Database database, Clock clock) {
        this.settings = settings;
        this.database = database;
        this.series = new SqlTimeSeries(database, settings, clock);
        this.history = new SqlNetworkHistory(database, clock);
        this.events = new SqlEventLog(database, clock);
        this.scenarios = new SqlScenarioArchive(database, clock);
        this.models = new SqlModelRegistry(database, clock);
        this.audit = new SqlAuditLog(database, clock);
        this.housekeeping = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nettwin-store-retention");
            t.setDaemon(true);
            return t;
        });
        // Retention runs on its own, every ten minutes; roll-ups are folded by the series writer every few seconds.
        housekeeping.scheduleWithFixedDelay(() -> applyRetention(clock), 1, 10, java.util.concurrent.TimeUnit.MINUTES);
    }

    private void applyRetention(Clock clock) {
        try {
            series.applyRetention(settings.retention(), clock.instant());
        } catch (RuntimeException e) {
            // a failed pass is retried at the next one; the data it would have removed is still correct data
            System.getLogger(JdbcTwinStore.class.getName()).log(System.Logger.Level.WARNING,
                    "retention pass failed: " + e.getMessage());
        }
    }

    /** Opens (creating and migrating if needed) the repository the settings describe; {@code clock} gives record times. */
    public static JdbcTwinStore open(StoreSettings settings, Clock clock) {
        Database database = Database.open(settings);
        try {
            return new JdbcTwinStore(settings, database, clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    @Override
    public String backend() {
        return settings.backend();
    }

    @Override
    public TimeSeries series() {
        return series;
    }

    @Override
    public NetworkHistory history() {
        return history;
    }

    @Override
    public EventLog events() {
        return events;
    }

    @Override
    public ScenarioArchive scenarios() {
        return scenarios;
    }

    @Override
    public ModelRegistry models() {
        return models;
    }

    @Override
    public AuditLog audit() {
        return audit;
    }

    @Override
    public void close() {
        housekeeping.shutdownNow();
        try {
            series.close();
        } finally {
            database.close();
        }
    }

    @Override
    public String toString() {
        return "JdbcTwinStore[" + settings + "]";
    }
}
