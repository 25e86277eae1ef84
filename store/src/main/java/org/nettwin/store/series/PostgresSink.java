package org.nettwin.store.series;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Bulk writes to PostgreSQL with binary COPY inside the writer's transaction (rows stay invisible until it commits),
 * and the latest samples with one {@code INSERT ... ON CONFLICT} over arrays.
 */
final class PostgresSink implements SampleSink {

    @Override
    public void appendSamples(Connection c, List<CheckedBatch> batches) throws SQLException {
        copy(c, "COPY series_samples (t, v, series_id, q) FROM STDIN WITH (FORMAT binary)", out -> {
            for (CheckedBatch b : batches) {
                SampleBatch s = b.batch();
                boolean all = b.acceptsAll();
                for (int i = 0, n = s.size(); i < n; i++) {
                    if (all || b.accepts(i)) {
                        out.row(4).int8(s.epochMicros(i)).float8(s.value(i)).int4((int) s.seriesId(i))
                                .int2(s.quality(i));
                    }
                }
            }
        });
    }

    @Override
    public void appendPartials(Connection c, List<CheckedBatch> batches) throws SQLException {
        copy(c, "COPY series_rollup_delta (series_id, bucket, mn, mx, sm, cnt, last_t, last_v) "
                + "FROM STDIN WITH (FORMAT binary)", out -> {
                    for (CheckedBatch b : batches) {
                        MinutePartials p = b.partials();
                        for (int i = 0, n = p.size(); i < n; i++) {
                            out.row(8).int4(p.seriesId(i)).int8(p.bucket(i)).float8(p.min(i)).float8(p.max(i))
                                    .float8(p.sum(i)).int4(p.count(i)).int8(p.lastTime(i)).float8(p.lastValue(i));
                        }
                    }
                });
    }

    @Override
    public void upsertLatest(Connection c, LatestSamples latest) throws SQLException {
        int n = latest.size();
        Object[] ids = new Object[n];
        Object[] times = new Object[n];
        Object[] values = new Object[n];
        Object[] quality = new Object[n];
        for (int i = 0; i < n; i++) {
            ids[i] = latest.seriesId(i);
            times[i] = latest.time(i);
            values[i] = latest.value(i);
            quality[i] = (short) latest.quality(i);
        }
        try (PreparedStatement up = c.prepareStatement("INSERT INTO series_latest (series_id, t, v, q) "
                + "SELECT * FROM unnest(?::int4[], ?::int8[], ?::float8[], ?::int2[]) "
                + "ON CONFLICT (series_id) DO UPDATE SET t = excluded.t, v = excluded.v, q = excluded.q "
                + "WHERE excluded.t >= series_latest.t")) {
            up.setArray(1, c.createArrayOf("int4", ids));
            up.setArray(2, c.createArrayOf("int8", times));
            up.setArray(3, c.createArrayOf("float8", values));
            up.setArray(4, c.createArrayOf("int2", quality));
            up.executeUpdate();
        }
    }

    /** Runs one binary COPY; if filling it fails, cancels it so that the transaction can roll back. */
    private static void copy(Connection c, String sql, Rows rows) throws SQLException {
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            CopyStream out = new CopyStream(in);
            rows.write(out);
            out.finish();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** Writes rows to a COPY. */
    @FunctionalInterface
    private interface Rows {
        void write(CopyStream out) throws SQLException;
    }
}
