package org.nettwin.store;

import org.nettwin.store.audit.AuditLog;
import org.nettwin.store.events.EventLog;
import org.nettwin.store.history.NetworkHistory;
import org.nettwin.store.registry.ModelRegistry;
import org.nettwin.store.scenarios.ScenarioArchive;
import org.nettwin.store.series.TimeSeries;

/**
 * The Unified Data Repository: everything the twin knows, behind one interface, whatever the backend (embedded
 * DuckDB, or PostgreSQL shared by several twin instances). Thread-safe. Failures of the underlying database are
 * {@link StoreException}s; bad arguments are {@link IllegalArgumentException}s naming what is wrong.
 */
public interface TwinStore extends AutoCloseable {

    /** {@code duckdb} or {@code postgres}. */
    String backend();

    TimeSeries series();

    NetworkHistory history();

    EventLog events();

    ScenarioArchive scenarios();

    ModelRegistry models();

    AuditLog audit();

    /** Flushes and releases the database; safe to call twice. */
    @Override
    void close();
}
