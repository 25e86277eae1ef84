package org.nettwin.store.series;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the rows of a bucket query (key columns, then the partial-aggregate columns of the function, ordered by key)
 * into points: consecutive rows with the same series and bucket are partials of one bucket (from different sources,
 * e.g. a folded roll-up row and a late partial) and are merged here, which is cheaper than grouping in SQL.
 */
final class BucketMerge {

    private final Aggregate function;
    private final boolean perSeries;
    private final Map<Long, Points> out = new LinkedHashMap<>();
    private long series = Long.MIN_VALUE;
    private long bucket;
    private double a;
    private double b;
    private boolean open;
    private long[] times = new long[64];
    private double[] values = new double[64];
    private int size;

    BucketMerge(Aggregate function, boolean perSeries) {
        this.function = function;
        this.perSeries = perSeries;
    }

    /** Reads every row of {@code r}: (series_id, b, x[, y]) per series, or (b, x[, y]) across series. */
    BucketMerge readAll(ResultSet r) throws SQLException {
        int first = perSeries ? 3 : 2;
        while (r.next()) {
            long s = perSeries ? r.getLong(1) : 0;
            long t = r.getLong(first - 1);
            double x = function == Aggregate.LAST ? r.getLong(first) : r.getDouble(first);
            double y = function == Aggregate.AVG || function == Aggregate.LAST ? r.getDouble(first + 1) : 0;
            add(s, t, x, y);
        }
        closeBucket();
        closeSeries();
        return this;
    }

    private void add(long s, long t, double x, double y) {
        if (open && s == series && t == bucket) {
            merge(x, y);
            return;
        }
        closeBucket();
        if (s != series) {
            closeSeries();
            series = s;
        }
        bucket = t;
        a = x;
        b = y;
        open = true;
    }

    private void merge(double x, double y) {
        switch (function) {
            case MIN -> a = Math.min(a, x);
            case MAX -> a = Math.max(a, x);
            case LAST -> {
                if (x > a) {
                    a = x;
                    b = y;
                }
            }
            default -> {
                a += x;
                b += y;
            }
        }
    }

    private void closeBucket() {
        if (!open) {
            return;
        }
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        times[size] = bucket;
        values[size] = function == Aggregate.AVG ? a / b : function == Aggregate.LAST ? b : a;
        size++;
        open = false;
    }

    private void closeSeries() {
        if (size > 0) {
            out.put(series, points());
            size = 0;
        }
    }

    private Points points() {
        return new Points(series, Arrays.copyOf(times, size), Arrays.copyOf(values, size), new byte[size]);
    }

    Map<Long, Points> perSeries() {
        return out;
    }

    Points across() {
        return out.getOrDefault(0L, new Points(0, new long[0], new double[0], new byte[0]));
    }
}
