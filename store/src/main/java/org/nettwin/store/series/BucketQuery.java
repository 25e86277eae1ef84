package org.nettwin.store.series;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nettwin.store.jdbc.Database;

/**
 * Bucketed aggregation over {@code [from, to)}. The interval is covered by the coarsest sources that fit exactly:
 * 15-minute roll-ups where the bucket width is a multiple of 15 minutes and the span holds whole quarters, 1-minute
 * roll-ups for the whole minutes left, raw samples for the rest; roll-up spans also read the not-yet-folded partials
 * of {@code series_rollup_delta}. Every source yields partial aggregates (a raw sample is a partial of one), which are
 * merged per bucket, so the answer equals the one computed from raw samples (up to the order of floating-point
 * additions for sums and means). Of samples with equal times, any may be the LAST one. Bucket values carry quality 0.
 */
final class BucketQuery {

    private static final String RAW = "series_samples";

    private final Database db;

    BucketQuery(Database db) {
        this.db = db;
    }

    /** One segment of the interval and the table that answers it. */
    record Segment(String table, long from, long to) {
    }

    Map<Long, Points> perSeries(SeriesFilter filter, long from, long to, long width, Aggregate function) {
        return run(filter, from, to, width, function, true).perSeries();
    }

    Points across(SeriesFilter filter, long from, long to, long width, Aggregate function) {
        return run(filter, from, to, width, function, false).across();
    }

    private BucketMerge run(SeriesFilter filter, long from, long to, long width, Aggregate function, boolean perSeries) {
        SeriesSql.Where where = SeriesSql.where(filter);
        List<Segment> plan = plan(Math.max(0, from), Math.min(to, Long.MAX_VALUE / 4), width);
        BucketMerge merge = new BucketMerge(function, perSeries);
        if (plan.isEmpty()) {
            return merge;
        }
        List<String> selects = selects(plan, where, width, function, perSeries);
        String sql = String.join(" UNION ALL ", selects);
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                int next = 1;
                for (int i = 0; i < selects.size(); i++) {
                    next = where.bind(q, next);
                }
                try (ResultSet r = q.executeQuery()) {
                    return merge.readAll(r);
                }
            }
        });
    }

    /** The segments covering {@code [from, to)}, coarsest first where the bucket width allows. */
    static List<Segment> plan(long from, long to, long width) {
        List<Segment> out = new ArrayList<>();
        cover(from, to, width, Micros.QUARTER, out);
        return out;
    }

    private static void cover(long from, long to, long width, long resolution, List<Segment> out) {
        if (from >= to) {
            return;
        }
        if (resolution == 0) {
            out.add(new Segment(RAW, from, to));
            return;
        }
        long finer = resolution == Micros.QUARTER ? Micros.MINUTE : 0;
        long lo = Micros.ceil(from, resolution);
        long hi = Micros.floor(to, resolution);
        if (width % resolution != 0 || hi <= lo) {
            cover(from, to, width, finer, out);
            return;
        }
        cover(from, lo, width, finer, out);
        out.add(new Segment(resolution == Micros.QUARTER ? "series_rollup_15m" : "series_rollup_1m", lo, hi));
        cover(hi, to, width, finer, out);
    }

    /**
     * One SELECT per source, each yielding (series_id,) b and the function's partial columns. A source is grouped in
     * SQL when it has many rows per bucket (raw samples, roll-ups finer than the bucket, partials not yet folded, any
     * source when combining series); the 1-minute or 15-minute roll-up read at its own resolution, one row per series
     * and bucket, is read as it is, which spares the database a large GROUP BY.
     */
    private List<String> selects(List<Segment> plan, SeriesSql.Where where, long width, Aggregate function,
                                 boolean perSeries) {
        List<String> out = new ArrayList<>();
        String filter = " AND series_id IN (SELECT id FROM series_keys WHERE " + where.sql() + ")";
        String keys = perSeries ? "series_id, b" : "b";
        for (Segment s : plan) {
            if (s.table().equals(RAW)) {
                out.add("SELECT " + keys + ", " + partials(function, true) + " FROM (SELECT series_id, t - t % " + width
                        + " AS b, t, v FROM " + RAW + " WHERE t >= " + s.from() + " AND t < " + s.to() + filter
                        + ") r GROUP BY " + keys);
                continue;
            }
            String range = " WHERE bucket >= " + s.from() + " AND bucket < " + s.to() + filter;
            long resolution = s.table().equals("series_rollup_1m") ? Micros.MINUTE : Micros.QUARTER;
            if (perSeries && width == resolution) {
                out.add("SELECT series_id, bucket AS b, " + columns(function) + " FROM " + s.table() + range);
            } else {
                out.add(grouped(s.table(), range, keys, width, function));
            }
            out.add(grouped("series_rollup_delta", range, keys, width, function));
        }
        return out;
    }

    private String grouped(String table, String range, String keys, long width, Aggregate function) {
        return "SELECT " + keys + ", " + partials(function, false) + " FROM (SELECT series_id, bucket - bucket % "
                + width + " AS b, " + columns(function) + " FROM " + table + range + ") p GROUP BY " + keys;
    }

    /** The partial-aggregate columns a roll-up row holds for the function. */
    private static String columns(Aggregate function) {
        return switch (function) {
            case AVG -> "sm, cnt";
            case MIN -> "mn";
            case MAX -> "mx";
            case SUM -> "sm";
            case COUNT -> "cnt";
            case LAST -> "last_t, last_v";
        };
    }

    /** Aggregates that turn raw samples ({@code raw}) or partial rows into one partial row per group. */
    private String partials(Aggregate function, boolean raw) {
        String count = raw ? "count(*)" : "sum(cnt)";
        String sum = raw ? "sum(v)" : "sum(sm)";
        return switch (function) {
            case AVG -> sum + " AS sm, CAST(" + count + " AS BIGINT) AS cnt";
            case MIN -> (raw ? "min(v)" : "min(mn)") + " AS mn";
            case MAX -> (raw ? "max(v)" : "max(mx)") + " AS mx";
            case SUM -> sum + " AS sm";
            case COUNT -> "CAST(" + count + " AS BIGINT) AS cnt";
            case LAST -> raw ? "max(t) AS last_t, " + SeriesSql.last(db.dialect(), "v", "t") + " AS last_v"
                    : "max(last_t) AS last_t, " + SeriesSql.last(db.dialect(), "last_v", "last_t") + " AS last_v";
        };
    }
}
