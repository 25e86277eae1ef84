package org.nettwin.server.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import org.nettwin.store.series.Aggregate;
import org.nettwin.store.series.EntityKind;
import org.nettwin.store.series.Points;
import org.nettwin.store.series.SampleBatch;
import org.nettwin.store.series.SeriesFilter;
import org.nettwin.store.series.SeriesKey;
import org.nettwin.store.series.SqlTimeSeries;

/**
 * The store benchmark's workload: {@code series} interface series with one sample per second each for
 * {@code seconds} seconds, ending a minute before now, written time-major in batches of {@code batch} samples by
 * {@code writers} threads; then the hour-range query (1-minute buckets of every interface series) and the latest
 * value of every series. Values are gauges with two decimals (a utilisation in percent: a slow wave per series plus
 * noise), like real telemetry after the pipeline, not random doubles (which no store compresses).
 */
final class StoreWorkload {

    private static final int WAVE = 3600;

    private final int series;
    private final int seconds;
    private final int batch;
    private final int writers;
    private final PrintWriter progress;
    private final double[] wave = IntStream.range(0, WAVE).mapToDouble(i -> Math.sin(2 * Math.PI * i / WAVE)).toArray();
    private long[] ids;
    private long start;

    StoreWorkload(int series, int seconds, int batch, int writers, PrintWriter progress) {
        this.series = series;
        this.seconds = seconds;
        this.batch = batch;
        this.writers = writers;
        this.progress = progress;
    }

    long samples() {
        return (long) series * seconds;
    }

    /** Registers the series; returns the seconds it took. */
    double register(SqlTimeSeries store) {
        long t0 = System.nanoTime();
        List<SeriesKey> keys = new ArrayList<>(series);
        for (int i = 0; i < series; i++) {
            keys.add(SeriesKey.of(EntityKind.INTERFACE, "r" + i / 48 + "/eth" + i % 48, "utilisation", "%"));
        }
        ids = store.registerAll(keys).stream().mapToLong(Long::longValue).toArray();
        long now = Instant.now().getEpochSecond() * 1_000_000L;
        long minute = 60_000_000L;
        start = (now - (long) seconds * 1_000_000L - minute) / minute * minute;
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Writes every sample; returns the wall time in seconds from the first write to the last acknowledgement. */
    double ingest(SqlTimeSeries store) throws Exception {
        long total = samples();
        int batches = (int) ((total + batch - 1) / batch);
        AtomicInteger next = new AtomicInteger();
        AtomicLong written = new AtomicLong();
        AtomicLong reported = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                running.add(pool.submit(() -> {
                    for (int k = next.getAndIncrement(); k < batches; k = next.getAndIncrement()) {
                        long tenths = written.addAndGet(store.write(build(k, total)).written()) * 10 / total;
                        long before = reported.get();
                        if (tenths > before && reported.compareAndSet(before, tenths)) {
                            progress.printf(Locale.ROOT, "bench store: %d%% written, %.2f M samples/s%n", tenths * 10,
                                    written.get() / ((System.nanoTime() - t0) / 1e9) / 1e6);
                            progress.flush();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        if (written.get() != total) {
            throw new IllegalStateException("wrote " + written.get() + " samples of " + total);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Batch k: samples k*batch .. of the time-major sequence (second 0 of every series, then second 1, ...). */
    private SampleBatch build(int k, long total) {
        long first = (long) k * batch;
        int n = (int) Math.min(batch, total - first);
        SampleBatch b = SampleBatch.withId("bench-" + k, n);
        for (long j = first; j < first + n; j++) {
            int sec = (int) (j / series);
            int s = (int) (j % series);
            long noise = (s * 0x9E3779B97F4A7C15L + sec * 0xC2B2AE3D27D4EB4FL) >>> 54;
            double v = 50 + 30 * wave[(sec + s * 37) % WAVE] + (noise - 512) / 100.0;
            b.add(ids[s], start + sec * 1_000_000L, Math.round(v * 100) / 100.0);
        }
        return b;
    }

    /** Median milliseconds of the hour-range query: 1-minute means of every interface series over the last hour. */
    double rangeQuery(SqlTimeSeries store, int rounds, Map<String, Object> figures) {
        long end = start + Math.min(seconds, 3600) * 1_000_000L;
        long from = end - 3_600_000_000L;
        SeriesFilter interfaces = SeriesFilter.kind(EntityKind.INTERFACE);
        int[] buckets = new int[1];
        double ms = median(rounds, () -> {
            Map<Long, Points> result = store.aggregate(interfaces, micros(from), micros(end), Duration.ofMinutes(1),
                    Aggregate.AVG);
            buckets[0] = result.values().stream().mapToInt(Points::size).sum();
            return result.size();
        });
        figures.put("range_query_buckets", buckets[0]);
        // The same answer from raw samples (a range not aligned to whole minutes cannot use the roll-ups).
        figures.put("range_query_raw_ms", median(Math.min(rounds, 3), () -> store.aggregate(interfaces,
                micros(from + 1), micros(end), Duration.ofMinutes(1), Aggregate.AVG).size()));
        return ms;
    }

    /** Median milliseconds of the latest value of every series. */
    double latestQuery(SqlTimeSeries store, int rounds) {
        List<Long> all = Arrays.stream(ids).boxed().toList();
        return median(rounds, () -> {
            int found = store.latest(all).size();
            if (found != series) {
                throw new IllegalStateException("latest found " + found + " of " + series + " series");
            }
            return found;
        });
    }

    private static Instant micros(long t) {
        return Instant.ofEpochSecond(t / 1_000_000L, t % 1_000_000L * 1000);
    }

    /** Runs once to warm up, then {@code rounds} times; the median in milliseconds. */
    private static double median(int rounds, LongSupplier query) {
        query.getAsLong();
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            query.getAsLong();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return Math.round(ms[rounds / 2] * 10) / 10.0;
    }
}
