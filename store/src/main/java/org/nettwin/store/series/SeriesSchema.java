package org.nettwin.store.series;

import java.util.List;
import org.nettwin.store.jdbc.Migration;

/**
 * The tables of the time series, per dialect. Samples are narrow rows (series id INTEGER, time µs BIGINT, value
 * DOUBLE, quality flags) without a row index, in arrival order: DuckDB compresses them column by column (a few bytes
 * per sample) and prunes by time with its zone maps; PostgreSQL gets a BRIN index on time. Roll-ups are partial
 * aggregates (min, max, sum, count, last value and its time) per series and bucket: {@code series_rollup_delta}
 * receives the 1-minute partials of every committed batch, and folding moves closed buckets from it into
 * {@code series_rollup_1m} and {@code series_rollup_15m}, one row per series and bucket.
 */
final class SeriesSchema {

    private SeriesSchema() {
    }

    static List<Migration> migrations() {
        return List.of(new Migration(1, duckdb(), postgres()));
    }

    private static List<String> duckdb() {
        String rollup = " (series_id INTEGER NOT NULL, bucket BIGINT NOT NULL, mn DOUBLE NOT NULL, mx DOUBLE NOT NULL, "
                + "sm DOUBLE NOT NULL, cnt INTEGER NOT NULL, last_t BIGINT NOT NULL, last_v DOUBLE NOT NULL)";
        return List.of(
                "CREATE SEQUENCE series_key_ids START 1",
                "CREATE TABLE series_keys (id INTEGER PRIMARY KEY, kind VARCHAR NOT NULL, entity VARCHAR NOT NULL, "
                        + "metric VARCHAR NOT NULL, unit VARCHAR NOT NULL, UNIQUE (kind, entity, metric))",
                "CREATE TABLE series_samples (series_id INTEGER NOT NULL, t BIGINT NOT NULL, v DOUBLE NOT NULL, "
                        + "q TINYINT NOT NULL)",
                "CREATE TABLE series_rollup_delta" + rollup,
                "CREATE TABLE series_rollup_1m" + rollup,
                "CREATE TABLE series_rollup_15m" + rollup,
                "CREATE TABLE series_latest (series_id INTEGER NOT NULL, t BIGINT NOT NULL, v DOUBLE NOT NULL, "
                        + "q TINYINT NOT NULL)",
                "CREATE TABLE series_batches (batch_id VARCHAR PRIMARY KEY, committed BIGINT NOT NULL)");
    }

    private static List<String> postgres() {
        // Columns ordered widest first so that PostgreSQL does not pad them.
        String rollup = " (bucket BIGINT NOT NULL, last_t BIGINT NOT NULL, mn DOUBLE PRECISION NOT NULL, "
                + "mx DOUBLE PRECISION NOT NULL, sm DOUBLE PRECISION NOT NULL, last_v DOUBLE PRECISION NOT NULL, "
                + "series_id INTEGER NOT NULL, cnt INTEGER NOT NULL)";
        return List.of(
                "CREATE SEQUENCE series_key_ids START 1",
                "CREATE TABLE series_keys (id INTEGER PRIMARY KEY, kind VARCHAR(16) NOT NULL, entity VARCHAR(256) NOT NULL,"
                        + " metric VARCHAR(128) NOT NULL, unit VARCHAR(32) NOT NULL, UNIQUE (kind, entity, metric))",
                "CREATE TABLE series_samples (t BIGINT NOT NULL, v DOUBLE PRECISION NOT NULL, series_id INTEGER NOT NULL, "
                        + "q SMALLINT NOT NULL)",
                "CREATE INDEX series_samples_t ON series_samples USING brin (t)",
                "CREATE TABLE series_rollup_delta" + rollup,
                "CREATE TABLE series_rollup_1m" + rollup,
                "CREATE INDEX series_rollup_1m_bucket ON series_rollup_1m USING brin (bucket)",
                "CREATE TABLE series_rollup_15m" + rollup,
                "CREATE INDEX series_rollup_15m_bucket ON series_rollup_15m USING brin (bucket)",
                "CREATE TABLE series_latest (series_id INTEGER PRIMARY KEY, t BIGINT NOT NULL, v DOUBLE PRECISION NOT NULL,"
                        + " q SMALLINT NOT NULL)",
                "CREATE TABLE series_batches (batch_id VARCHAR(128) PRIMARY KEY, committed BIGINT NOT NULL)");
    }
}
