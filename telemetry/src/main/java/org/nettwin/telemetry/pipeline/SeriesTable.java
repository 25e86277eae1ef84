package org.nettwin.telemetry.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Interns series and sources to dense indexes and keeps the per-series attributes the pipeline needs on its hot
 * path (source, counter or gauge, boot-time leaf, rate limit, newest time, last value) in primitive arrays.
 */
final class SeriesTable {

    private record Key(String source, String name, Map<String, String> labels) {
    }

    private final Pattern counters;
    private final Pattern bootTimes;
    private final Function<String, SourceState> newSource;
    private final Map<Key, CleanSeries> byKey = new HashMap<>();
    private final Map<String, SourceState> sourcesByName = new HashMap<>();
    private final List<SourceState> sources = new ArrayList<>();
    private CleanSeries[] series = new CleanSeries[64];
    private SourceState[] sourceOf = new SourceState[64];
    private double[] limit = new double[64];
    private long[] newest = new long[64];
    private double[] last = new double[64];
    private boolean[] bootTime = new boolean[64];
    private int size;

    SeriesTable(Pattern counters, Pattern bootTimes, Function<String, SourceState> newSource) {
        this.counters = counters;
        this.bootTimes = bootTimes;
        this.newSource = newSource;
    }

    /** The series of (source, name, labels), interned on first sight. */
    CleanSeries intern(String source, String name, Map<String, String> labels) {
        CleanSeries found = byKey.get(new Key(source, name, labels));
        return found != null ? found : add(source, name, labels);
    }

    private CleanSeries add(String source, String name, Map<String, String> labels) {
        if (size == series.length) {
            grow();
        }
        StringBuilder key = new StringBuilder(source).append('|').append(name);
        if (!labels.isEmpty()) {
            key.append(new TreeMap<>(labels).toString());
        }
        CleanSeries s = new CleanSeries(size, source, name, labels, key.toString(),
                counters.matcher(name).matches());
        byKey.put(new Key(source, name, s.labels()), s);
        series[size] = s;
        sourceOf[size] = source(source);
        limit[size] = Double.NaN;
        newest[size] = Long.MIN_VALUE;
        last[size] = Double.NaN;
        bootTime[size] = bootTimes.matcher(name).matches();
        size++;
        return s;
    }

    private void grow() {
        int n = series.length * 2;
        series = Arrays.copyOf(series, n);
        sourceOf = Arrays.copyOf(sourceOf, n);
        limit = Arrays.copyOf(limit, n);
        newest = Arrays.copyOf(newest, n);
        last = Arrays.copyOf(last, n);
        bootTime = Arrays.copyOf(bootTime, n);
    }

    SourceState source(String name) {
        SourceState s = sourcesByName.get(name);
        if (s == null) {
            s = newSource.apply(name);
            sourcesByName.put(name, s);
            sources.add(s);
        }
        return s;
    }

    List<SourceState> sources() {
        return sources;
    }

    SourceState existingSource(String name) {
        return sourcesByName.get(name);
    }

    int size() {
        return size;
    }

    CleanSeries series(int index) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("no series " + index);
        }
        return series[index];
    }

    SourceState sourceOf(int index) {
        return sourceOf[index];
    }

    double limit(int index) {
        return limit[index];
    }

    void limit(int index, double maxPerSecond) {
        limit[index] = maxPerSecond;
    }

    boolean bootTime(int index) {
        return bootTime[index];
    }

    long newest(int index) {
        return newest[index];
    }

    void newest(int index, long time) {
        newest[index] = time;
    }

    double last(int index) {
        return last[index];
    }

    void last(int index, double value) {
        last[index] = value;
    }
}
