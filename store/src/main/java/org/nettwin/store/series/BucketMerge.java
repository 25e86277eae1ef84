package org.nettwin.store.series;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the rows of a bucket query ((series,) bucket, then the function's partial-aggregate columns, in any order)
 * into points: rows are gathered per series, sorted by bucket, and rows of the same series and bucket (partials from
 * different sources, e.g. a folded roll-up row and a late partial) are merged. Doing this here, rather than with an
 * ORDER BY and a GROUP BY over hundreds of thousands of rows in the database, is what keeps the hour-range query fast.
 */
final class BucketMerge {

    private final Aggregate function;
    private final boolean perSeries;
    private final Map<Long, Column> bySeries = new HashMap<>();

    BucketMerge(Aggregate function, boolean perSeries) {
        this.function = function;
        this.perSeries = perSeries;
    }

    /** Reads every row of {@code r}: (series_id, b, x[, y]) per series, or (b, x[, y]) across series. */
    BucketMerge readAll(ResultSet r) throws SQLException {
        int first = perSeries ? 3 : 2;
        boolean two = function == Aggregate.AVG || function == Aggregate.LAST;
        Column current = null;
        long currentSeries = Long.MIN_VALUE;
        while (r.next()) {
            long s = perSeries ? r.getLong(1) : 0;
            if (current == null || s != currentSeries) {
                current = bySeries.computeIfAbsent(s, k -> new Column());
                currentSeries = s;
            }
            double x = function == Aggregate.LAST ? r.getLong(first) : r.getDouble(first);
            current.add(r.getLong(first - 1), x, two ? r.getDouble(first + 1) : 0);
        }
        return this;
    }

    Map<Long, Points> perSeries() {
        Map<Long, Points> out = new LinkedHashMap<>();
        bySeries.keySet().stream().sorted().forEach(id -> out.put(id, bySeries.get(id).points(id, function)));
        return out;
    }

    Points across() {
        Column all = bySeries.get(0L);
        return all == null ? new Points(0, new long[0], new double[0], new byte[0]) : all.points(0, function);
    }

    /** The rows of one series: bucket start and one or two partial-aggregate values. */
    private static final class Column {
        private long[] t = new long[64];
        private double[] x = new double[64];
        private double[] y = new double[64];
        private int size;
        private boolean sorted = true;

        void add(long time, double a, double b) {
            if (size == t.length) {
                t = Arrays.copyOf(t, size * 2);
                x = Arrays.copyOf(x, size * 2);
                y = Arrays.copyOf(y, size * 2);
            }
            sorted &= size == 0 || t[size - 1] <= time;
            t[size] = time;
            x[size] = a;
            y[size] = b;
            size++;
        }

        Points points(long series, Aggregate function) {
            if (!sorted) {
                sort(0, size - 1);
            }
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (n > 0 && t[n - 1] == t[i]) {
                    merge(n - 1, i, function);
                } else {
                    t[n] = t[i];
                    x[n] = x[i];
                    y[n] = y[i];
                    n++;
                }
            }
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = function == Aggregate.AVG ? x[i] / y[i] : function == Aggregate.LAST ? y[i] : x[i];
            }
            return new Points(series, Arrays.copyOf(t, n), values, new byte[n]);
        }

        /** Merges row {@code i} into row {@code into}: x is min, max, sum or count, or for LAST the time of y. */
        private void merge(int into, int i, Aggregate function) {
            switch (function) {
                case MIN -> x[into] = Math.min(x[into], x[i]);
                case MAX -> x[into] = Math.max(x[into], x[i]);
                case LAST -> {
                    if (x[i] > x[into]) {
                        x[into] = x[i];
                        y[into] = y[i];
                    }
                }
                default -> {
                    x[into] += x[i];
                    y[into] += y[i];
                }
            }
        }

        /** Sorts rows lo..hi by bucket (quicksort on the three columns together). */
        private void sort(int lo, int hi) {
            while (lo < hi) {
                long pivot = t[(lo + hi) >>> 1];
                int i = lo;
                int j = hi;
                while (i <= j) {
                    while (t[i] < pivot) {
                        i++;
                    }
                    while (t[j] > pivot) {
                        j--;
                    }
                    if (i <= j) {
                        swap(i++, j--);
                    }
                }
                if (j - lo < hi - i) {
                    sort(lo, j);
                    lo = i;
                } else {
                    sort(i, hi);
                    hi = j;
                }
            }
        }

        private void swap(int i, int j) {
            long tt = t[i];
            t[i] = t[j];
            t[j] = tt;
            double xx = x[i];
            x[i] = x[j];
            x[j] = xx;
            double yy = y[i];
            y[i] = y[j];
            y[j] = yy;
        }
    }
}
