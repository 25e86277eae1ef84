package org.nettwin.store.series;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Bulk writes to DuckDB with its Appender. The Appender writes into the connection's current transaction only if
 * one has begun (a statement has run since the last commit); otherwise it commits on its own, chunk by chunk. The
 * writer always runs its batch-id query first, so a group becomes visible all at once, at its commit (the concurrent
 * reader test of {@code IngestContract} fails with counts of 2048 rows without that query).
 */
final class DuckDbSink implements SampleSink {

    @Override
    public void appendSamples(Connection c, List<CheckedBatch> batches) throws SQLException {
        if (c.getAutoCommit()) {
            throw new IllegalStateException("samples must be appended inside the writer's transaction");
        }
        try (DuckDBAppender ap = appender(c, DuckDBConnection.DEFAULT_SCHEMA, "series_samples")) {
            for (CheckedBatch b : batches) {
                SampleBatch s = b.batch();
                boolean all = b.acceptsAll();
                for (int i = 0, n = s.size(); i < n; i++) {
                    if (all || b.accepts(i)) {
                        ap.beginRow().append((int) s.seriesId(i)).append(s.epochMicros(i)).append(s.value(i))
                                .append((byte) s.quality(i)).endRow();
                    }
                }
            }
        }
    }

    @Override
    public void appendPartials(Connection c, List<CheckedBatch> batches) throws SQLException {
        try (DuckDBAppender ap = appender(c, DuckDBConnection.DEFAULT_SCHEMA, "series_rollup_delta")) {
            for (CheckedBatch b : batches) {
                MinutePartials p = b.partials();
                for (int i = 0, n = p.size(); i < n; i++) {
                    ap.beginRow().append(p.seriesId(i)).append(p.bucket(i)).append(p.min(i)).append(p.max(i))
                            .append(p.sum(i)).append(p.count(i)).append(p.lastTime(i)).append(p.lastValue(i)).endRow();
                }
            }
        }
    }

    @Override
    public void upsertLatest(Connection c, LatestSamples latest) throws SQLException {
        // An UPDATE ... FROM a staged temporary table is several times faster in DuckDB than INSERT ... ON CONFLICT.
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS series_latest_stage (series_id INTEGER NOT NULL, "
                    + "t BIGINT NOT NULL, v DOUBLE NOT NULL, q TINYINT NOT NULL)");
            try (DuckDBAppender ap = appender(c, "temp", "series_latest_stage")) {
                for (int i = 0, n = latest.size(); i < n; i++) {
                    ap.beginRow().append(latest.seriesId(i)).append(latest.time(i)).append(latest.value(i))
                            .append((byte) latest.quality(i)).endRow();
                }
            }
            s.execute("UPDATE series_latest SET t = g.t, v = g.v, q = g.q FROM series_latest_stage g "
                    + "WHERE series_latest.series_id = g.series_id AND g.t >= series_latest.t");
            s.execute("INSERT INTO series_latest SELECT g.series_id, g.t, g.v, g.q FROM series_latest_stage g "
                    + "WHERE g.series_id NOT IN (SELECT series_id FROM series_latest)");
            s.execute("DELETE FROM series_latest_stage");
        }
    }

    private static DuckDBAppender appender(Connection c, String schemaOrCatalog, String table) throws SQLException {
        DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
        return schemaOrCatalog.equals("temp") ? duck.createAppender("temp", "main", table)
                : duck.createAppender(schemaOrCatalog, table);
    }
}
