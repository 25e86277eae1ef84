package org.nettwin.store.series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.LongPredicate;

/**
 * Samples a test wrote, kept in memory so that the test can compute every aggregate itself. Values are multiples of
 * 1/4 below 2^20, so sums are exact in any order of addition and the store's answers can be compared exactly.
 */
final class Samples {

    /** One sample. */
    record Sample(long series, long t, double v) {
    }

    private final List<Sample> all = new ArrayList<>();

    /** Irregular samples (every 5..9 s) of each series over [start, end), with distinct times across series. */
    static Samples irregular(long[] series, long start, long end, long seed) {
        Samples out = new Samples();
        Random random = new Random(seed);
        for (int k = 0; k < series.length; k++) {
            for (long t = start + k; t < end; t += (5 + random.nextInt(5)) * 1_000_000L + random.nextInt(1000)) {
                out.all.add(new Sample(series[k], t, (random.nextInt(8000) - 4000) / 4.0));
            }
        }
        return out;
    }

    List<Sample> all() {
        return all;
    }

    void add(long series, long t, double v) {
        all.add(new Sample(series, t, v));
    }

    SampleBatch batch(List<Sample> part) {
        SampleBatch b = SampleBatch.withCapacity(part.size());
        part.forEach(s -> b.add(s.series(), s.t(), s.v()));
        return b;
    }

    /** Expected buckets per series (series in {@code selected}), as the store should compute them. */
    Map<Long, TreeMap<Long, Double>> perSeries(LongPredicate selected, long from, long to, long width, Aggregate f) {
        Map<Long, List<Sample>> bySeries = new TreeMap<>();
        for (Sample s : all) {
            if (selected.test(s.series()) && s.t() >= from && s.t() < to) {
                bySeries.computeIfAbsent(s.series(), k -> new ArrayList<>()).add(s);
            }
        }
        Map<Long, TreeMap<Long, Double>> out = new LinkedHashMap<>();
        bySeries.forEach((id, samples) -> out.put(id, buckets(samples, width, f)));
        return out;
    }

    TreeMap<Long, Double> across(LongPredicate selected, long from, long to, long width, Aggregate f) {
        List<Sample> chosen = all.stream().filter(s -> selected.test(s.series()) && s.t() >= from && s.t() < to).toList();
        return buckets(chosen, width, f);
    }

    private static TreeMap<Long, Double> buckets(List<Sample> samples, long width, Aggregate f) {
        TreeMap<Long, List<Sample>> groups = new TreeMap<>();
        samples.forEach(s -> groups.computeIfAbsent(s.t() - s.t() % width, k -> new ArrayList<>()).add(s));
        TreeMap<Long, Double> out = new TreeMap<>();
        groups.forEach((b, g) -> out.put(b, aggregate(g, f)));
        return out;
    }

    private static double aggregate(List<Sample> g, Aggregate f) {
        double sum = g.stream().mapToDouble(Sample::v).sum();
        switch (f) {
            case AVG:
                return sum / g.size();
            case MIN:
                return g.stream().mapToDouble(Sample::v).min().orElseThrow();
            case MAX:
                return g.stream().mapToDouble(Sample::v).max().orElseThrow();
            case SUM:
                return sum;
            case COUNT:
                return g.size();
            default:
                return g.stream().max((a, b) -> Long.compare(a.t(), b.t())).orElseThrow().v();
        }
    }

    /** The buckets of a query answer, as a map from bucket start to value. */
    static TreeMap<Long, Double> asMap(Points p) {
        TreeMap<Long, Double> out = new TreeMap<>();
        for (int i = 0; i < p.size(); i++) {
            out.put(p.epochMicros(i), p.value(i));
        }
        return out;
    }
}
