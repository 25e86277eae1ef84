package org.nettwin.store.series;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Bulk writing of one group commit, inside the writer's open transaction: the dialect-specific fast paths (DuckDB's
 * Appender, PostgreSQL's COPY). Nothing it writes is visible to readers before the transaction commits.
 */
interface SampleSink {

    /** Appends the accepted samples of the batches to {@code series_samples}. */
    void appendSamples(Connection c, List<CheckedBatch> batches) throws SQLException;

    /** Appends the batches' 1-minute partial aggregates to {@code series_rollup_delta}. */
    void appendPartials(Connection c, List<CheckedBatch> batches) throws SQLException;

    /** Makes {@code series_latest} hold, per series, the later of its row and the given sample. */
    void upsertLatest(Connection c, LatestSamples latest) throws SQLException;
}
