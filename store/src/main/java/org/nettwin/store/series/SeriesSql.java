package org.nettwin.store.series;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.nettwin.store.jdbc.Dialect;

/** The few SQL fragments the time series builds in more than one place, and where the two dialects differ. */
final class SeriesSql {

    /** The columns of a partial aggregate row, in the order the roll-up queries use them. */
    static final String PARTIAL_COLUMNS = "series_id, bucket, mn, mx, sm, cnt, last_t, last_v";

    private SeriesSql() {
    }

    /** A condition on {@code series_keys} columns and its string parameters. */
    record Where(String sql, List<String> params) {

        Where {
            params = List.copyOf(params);
        }

        /** Binds the parameters from position {@code first}; returns the next free position. */
        int bind(PreparedStatement statement, int first) throws SQLException {
            int i = first;
            for (String p : params) {
                statement.setString(i++, p);
            }
            return i;
        }
    }

    static Where where(SeriesFilter filter) {
        StringBuilder sql = new StringBuilder("kind = ?");
        List<String> params = new ArrayList<>(List.of(filter.kind().name()));
        filter.entityId().ifPresent(e -> {
            sql.append(" AND entity = ?");
            params.add(e);
        });
        filter.metric().ifPresent(m -> {
            sql.append(" AND metric = ?");
            params.add(m);
        });
        return new Where(sql.toString(), params);
    }

    /** The value of the row with the greatest time in a group. */
    static String last(Dialect dialect, String value, String time) {
        return dialect == Dialect.DUCKDB ? "arg_max(" + value + ", " + time + ")"
                : "(array_agg(" + value + " ORDER BY " + time + " DESC))[1]";
    }

    /** The aggregate columns that merge partial rows of one group into one partial row. */
    static String mergedPartials(Dialect dialect) {
        return "min(mn) AS mn, max(mx) AS mx, sum(sm) AS sm, CAST(sum(cnt) AS INTEGER) AS cnt, max(last_t) AS last_t, "
                + last(dialect, "last_v", "last_t") + " AS last_v";
    }
}
