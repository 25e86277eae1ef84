package org.nettwin.store.series;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nettwin.store.jdbc.Database;
import org.nettwin.store.jdbc.Dialect;

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
        SeriesSql.Where where = SeriesSql.where(filter);
        List<Segment> plan = plan(Math.max(0, from), Math.min(to, Long.MAX_VALUE / 4), width);
        if (plan.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT series_id, b, " + aggregate(function) + " AS value FROM (" + union(plan, where, width, function)
                + ") x GROUP BY series_id, b ORDER BY series_id, b";
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                bind(q, where, plan.size() + rollups(plan));
                return collect(q);
            }
        });
    }

    Points across(SeriesFilter filter, long from, long to, long width, Aggregate function) {
        SeriesSql.Where where = SeriesSql.where(filter);
        List<Segment> plan = plan(Math.max(0, from), Math.min(to, Long.MAX_VALUE / 4), width);
        if (plan.isEmpty()) {
            return new Points(0, new long[0], new double[0], new byte[0]);
        }
        String sql = "SELECT b, " + aggregate(function) + " AS value FROM (" + union(plan, where, width, function)
                + ") x GROUP BY b ORDER BY b";
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                bind(q, where, plan.size() + rollups(plan));
                PointsBuilder out = new PointsBuilder(0);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getLong(1), r.getDouble(2));
                    }
                }
                return out.build();
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

    private static int rollups(List<Segment> plan) {
        return (int) plan.stream().filter(s -> !s.table().equals(RAW)).count();
    }

    private static String union(List<Segment> plan, SeriesSql.Where where, long width, Aggregate function) {
        List<String> parts = new ArrayList<>();
        String filter = " AND series_id IN (SELECT id FROM series_keys WHERE " + where.sql() + ")";
        for (Segment s : plan) {
            if (s.table().equals(RAW)) {
                parts.add("SELECT series_id, t - t % " + width + " AS b, " + rawColumns(function) + " FROM " + RAW
                        + " WHERE t >= " + s.from() + " AND t < " + s.to() + filter);
            } else {
                for (String table : new String[] {s.table(), "series_rollup_delta"}) {
                    parts.add("SELECT series_id, bucket - bucket % " + width + " AS b, " + partialColumns(function)
                            + " FROM " + table + " WHERE bucket >= " + s.from() + " AND bucket < " + s.to() + filter);
                }
            }
        }
        return String.join(" UNION ALL ", parts);
    }

    private static String rawColumns(Aggregate function) {
        return switch (function) {
            case AVG -> "v AS sm, 1 AS cnt";
            case MIN -> "v AS mn";
            case MAX -> "v AS mx";
            case SUM -> "v AS sm";
            case COUNT -> "1 AS cnt";
            case LAST -> "t AS last_t, v AS last_v";
        };
    }

    private static String partialColumns(Aggregate function) {
        return switch (function) {
            case AVG -> "sm, cnt";
            case MIN -> "mn";
            case MAX -> "mx";
            case SUM -> "sm";
            case COUNT -> "cnt";
            case LAST -> "last_t, last_v";
        };
    }

    private String aggregate(Aggregate function) {
        Dialect dialect = db.dialect();
        String expression = switch (function) {
            case AVG -> "sum(sm) / sum(cnt)";
            case MIN -> "min(mn)";
            case MAX -> "max(mx)";
            case SUM -> "sum(sm)";
            case COUNT -> "sum(cnt)";
            case LAST -> SeriesSql.last(dialect, "last_v", "last_t");
        };
        return "CAST(" + expression + " AS " + dialect.doubleType() + ")";
    }

    /** Binds the filter's parameters once per SELECT of the union (they come in the same order). */
    private static void bind(PreparedStatement q, SeriesSql.Where where, int selects) throws SQLException {
        int next = 1;
        for (int i = 0; i < selects; i++) {
            next = where.bind(q, next);
        }
    }

    private static Map<Long, Points> collect(PreparedStatement q) throws SQLException {
        Map<Long, Points> out = new LinkedHashMap<>();
        PointsBuilder current = null;
        try (ResultSet r = q.executeQuery()) {
            while (r.next()) {
                long series = r.getLong(1);
                if (current == null || current.seriesId() != series) {
                    if (current != null) {
                        out.put(current.seriesId(), current.build());
                    }
                    current = new PointsBuilder(series);
                }
                current.add(r.getLong(2), r.getDouble(3));
            }
        }
        if (current != null) {
            out.put(current.seriesId(), current.build());
        }
        return out;
    }

    /** Collects the buckets of one series. */
    private static final class PointsBuilder {
        private final long seriesId;
        private long[] times = new long[64];
        private double[] values = new double[64];
        private int size;

        PointsBuilder(long seriesId) {
            this.seriesId = seriesId;
        }

        long seriesId() {
            return seriesId;
        }

        void add(long t, double v) {
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            times[size] = t;
            values[size] = v;
            size++;
        }

        Points build() {
            return new Points(seriesId, Arrays.copyOf(times, size), Arrays.copyOf(values, size), new byte[size]);
        }
    }
}
