package org.nettwin.store.series;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.nettwin.store.jdbc.Database;
import org.nettwin.store.jdbc.Dialect;

/**
 * Folds the partials of closed minutes from {@code series_rollup_delta} into {@code series_rollup_1m} and
 * {@code series_rollup_15m}, in one transaction: the partials of each (series, bucket) are merged, together with the
 * row the bucket already has (late data, or a bucket folded before), into one row. Every committed sample is at all
 * times in exactly one of: the delta table, or both folded tables; queries read delta and folded rows together, so a
 * fold never changes an answer.
 */
final class RollupFold {

    private final Database db;
    private final Clock clock;

    RollupFold(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Folds every minute that has ended by the store's clock; returns the delta rows folded. */
    synchronized long fold() {
        long closedBefore = Micros.floor(Micros.of(clock.instant()), Micros.MINUTE);
        return db.write(c -> fold(c, closedBefore));
    }

    private long fold(Connection c, long closedBefore) throws SQLException {
        Dialect dialect = db.dialect();
        String merged = SeriesSql.mergedPartials(dialect);
        try (Statement s = c.createStatement()) {
            for (String staged : new String[] {"fold_1m", "fold_15m", "fold_old"}) {
                s.execute("DROP TABLE IF EXISTS " + staged);
            }
            s.execute("CREATE TEMP TABLE fold_1m AS SELECT series_id, bucket, " + merged
                    + " FROM series_rollup_delta WHERE bucket < " + closedBefore + " GROUP BY series_id, bucket");
            long[] span = span(s, "fold_1m");
            if (span[0] > 0) {
                merge(s, "series_rollup_1m", "fold_1m", span);
                s.execute("CREATE TEMP TABLE fold_15m AS SELECT series_id, bucket - bucket % " + Micros.QUARTER
                        + " AS bucket, " + merged + " FROM fold_1m GROUP BY series_id, bucket - bucket % "
                        + Micros.QUARTER);
                merge(s, "series_rollup_15m", "fold_15m", span(s, "fold_15m"));
                s.execute("DROP TABLE fold_15m");
            }
            s.execute("DROP TABLE fold_1m");
            return span[0] == 0 ? 0 : s.executeUpdate("DELETE FROM series_rollup_delta WHERE bucket < " + closedBefore);
        }
    }

    /** Rows, first and last bucket of a staged table. */
    private static long[] span(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT count(*), min(bucket), max(bucket) FROM " + table)) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2), r.getLong(3)};
        }
    }

    private void merge(Statement s, String target, String staged, long[] span) throws SQLException {
        String columns = SeriesSql.PARTIAL_COLUMNS;
        String inSpan = target + ".bucket BETWEEN " + span[1] + " AND " + span[2];
        s.execute("CREATE TEMP TABLE fold_old AS SELECT " + qualified(target) + " FROM " + target + " JOIN " + staged
                + " n ON " + target + ".series_id = n.series_id AND " + target + ".bucket = n.bucket WHERE " + inSpan);
        long old = span(s, "fold_old")[0];
        if (old == 0) {
            s.execute("INSERT INTO " + target + " (" + columns + ") SELECT " + columns + " FROM " + staged);
        } else {
            s.execute("DELETE FROM " + target + " USING " + staged + " WHERE " + target + ".series_id = " + staged
                    + ".series_id AND " + target + ".bucket = " + staged + ".bucket AND " + inSpan);
            s.execute("INSERT INTO " + target + " (" + columns + ") SELECT series_id, bucket, "
                    + SeriesSql.mergedPartials(db.dialect()) + " FROM (SELECT " + columns + " FROM " + staged
                    + " UNION ALL SELECT " + columns + " FROM fold_old) x GROUP BY series_id, bucket");
        }
        s.execute("DROP TABLE fold_old");
    }

    private static String qualified(String table) {
        StringBuilder sb = new StringBuilder();
        for (String column : SeriesSql.PARTIAL_COLUMNS.split(", ")) {
            sb.append(sb.length() == 0 ? "" : ", ").append(table).append('.').append(column);
        }
        return sb.toString();
    }
}
