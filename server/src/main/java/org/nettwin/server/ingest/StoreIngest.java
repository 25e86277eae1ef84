package org.nettwin.server.ingest;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nettwin.store.series.SampleBatch;
import org.nettwin.store.series.SeriesKey;
import org.nettwin.store.series.TimeSeries;
import org.nettwin.store.series.WriteReceipt;
import org.nettwin.telemetry.pipeline.CleanSampleSink;
import org.nettwin.telemetry.pipeline.CleanSeries;
import org.nettwin.twin.live.SeriesNaming;

/**
 * Writes the cleaning pipeline's samples into the store. {@link #accept} only buffers (by the pipeline's dense series
 * index), so the pipeline never waits for the store; {@link #flush()} — called periodically by its owner, and by
 * {@code accept} itself once {@code batchSize} samples wait — registers the new series in one transaction (named by
 * {@link SeriesNaming}'s documented rule) and writes the samples as batches of at most {@code batchSize}. Batch ids
 * are {@code runId-sequence}, so a retried batch is recognised by the store. Counts samples written and rejected,
 * and the data lag (commit time minus grid time). Thread-safe; flushes are serialised.
 */
public final class StoreIngest implements CleanSampleSink, AutoCloseable {

    private static final long UNREGISTERED = Long.MIN_VALUE;

    private final TimeSeries store;
    private final String runId;
    private final int batchSize;
    private final Clock clock;
    private final Object flushing = new Object();
    private final LagHistogram lag = new LagHistogram();
    private CleanSeries[] known = new CleanSeries[0];
    private Buffer pending = new Buffer(1024);
    private long[] ids = new long[0];
    private long sequence;
    private long written;
    private long rejected;
    private long batches;
    private int registered;

    /**
     * An adapter writing to {@code store}.
     *
     * @param runId     this ingestion run's id, unique per run (the prefix of every batch id)
     * @param batchSize samples per batch, 1..{@link TimeSeries#MAX_BATCH}
     */
    public StoreIngest(TimeSeries store, String runId, int batchSize) {
        this(store, runId, batchSize, Clock.systemUTC());
    }

    /** An adapter as above whose lag figures are timed by {@code clock}. */
    public StoreIngest(TimeSeries store, String runId, int batchSize, Clock clock) {
        this.clock = requireNonNull(clock, "clock");
        this.store = requireNonNull(store, "store");
        this.runId = requireNonNull(runId, "runId");
        if (runId.isBlank()) {
            throw new IllegalArgumentException("runId must not be blank");
        }
        if (batchSize < 1 || batchSize > TimeSeries.MAX_BATCH) {
            throw new IllegalArgumentException("batchSize must be 1.." + TimeSeries.MAX_BATCH + ", was " + batchSize);
        }
        this.batchSize = batchSize;
    }

    @Override
    public void accept(CleanSeries series, long gridTimeMicros, double value, int quality) {
        boolean full;
        synchronized (this) {
            int i = series.index();
            if (i >= known.length) {
                known = Arrays.copyOf(known, Math.max(i + 1, known.length * 2));
            }
            if (known[i] == null) {
                known[i] = series;
            }
            pending.add(i, gridTimeMicros, value, quality);
            full = pending.size >= batchSize;
        }
        if (full) {
            flush();
        }
    }

    /**
     * Writes the buffered samples, if any: registers series seen for the first time (one transaction), then writes
     * batches of at most {@code batchSize}. The pipeline keeps handing over samples meanwhile.
     */
    public void flush() {
        synchronized (flushing) {
            Buffer b;
            CleanSeries[] series;
            synchronized (this) {
                if (pending.size == 0) {
                    return;
                }
                b = pending;
                pending = new Buffer(Math.max(1024, Math.min(batchSize, b.size)));
                series = known;
            }
            registerNew(b, series);
            for (int from = 0; from < b.size; from += batchSize) {
                write(b, from, Math.min(b.size, from + batchSize));
            }
        }
    }

    private void registerNew(Buffer b, CleanSeries[] series) {
        if (ids.length < series.length) {
            int old = ids.length;
            ids = Arrays.copyOf(ids, series.length);
            Arrays.fill(ids, old, ids.length, UNREGISTERED);
        }
        List<Integer> fresh = new ArrayList<>();
        List<SeriesKey> keys = new ArrayList<>();
        for (int k = 0; k < b.size; k++) {
            int i = b.index[k];
            if (ids[i] == UNREGISTERED) {
                ids[i] = UNREGISTERED + 1;
                fresh.add(i);
                keys.add(SeriesNaming.keyOf(series[i]));
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        try {
            List<Long> got = store.registerAll(keys);
            for (int k = 0; k < fresh.size(); k++) {
                ids[fresh.get(k)] = got.get(k);
            }
            synchronized (this) {
                registered += fresh.size();
            }
        } catch (RuntimeException e) {
            fresh.forEach(i -> ids[i] = UNREGISTERED);
            throw e;
        }
    }

    private void write(Buffer b, int from, int to) {
        SampleBatch batch = SampleBatch.withId(runId + "-" + sequence++, to - from);
        for (int k = from; k < to; k++) {
            batch.add(ids[b.index[k]], b.times[k], b.values[k], b.quality[k]);
        }
        WriteReceipt receipt = store.write(batch);
        long committedMicros = clock.instant().toEpochMilli() * 1000L;
        synchronized (this) {
            written += receipt.written();
            rejected += receipt.rejected().size();
            batches++;
            for (int k = from; k < to; k++) {
                lag.record(committedMicros - b.times[k]);
            }
        }
    }

    /**
     * Lag of the samples written so far: commit time minus the grid time each sample stands for, in ms, as
     * {p50, p99, max, count}. Counts only samples written since the last {@link #resetLag()}.
     */
    public synchronized long[] lagMillis() {
        return new long[] {lag.quantileMicros(0.5) / 1000, lag.quantileMicros(0.99) / 1000, lag.maxMicros() / 1000,
            lag.count()};
    }

    /** Forgets the lag recorded so far (e.g. after a warm-up). */
    public synchronized void resetLag() {
        lag.clear();
    }

    /** Samples the store accepted. */
    public synchronized long written() {
        return written;
    }

    /** Samples the store rejected (each with a reason in its receipt). */
    public synchronized long rejected() {
        return rejected;
    }

    /** Batches written. */
    public synchronized long batches() {
        return batches;
    }

    /** Series registered so far. */
    public synchronized int registered() {
        return registered;
    }

    /** Samples waiting for the next flush. */
    public synchronized int pending() {
        return pending.size;
    }

    /** Flushes the buffered samples; safe to call twice. */
    @Override
    public void close() {
        flush();
    }

    /** Buffered samples in primitive columns. */
    private static final class Buffer {
        private int[] index;
        private long[] times;
        private double[] values;
        private int[] quality;
        private int size;

        Buffer(int capacity) {
            index = new int[capacity];
            times = new long[capacity];
            values = new double[capacity];
            quality = new int[capacity];
        }

        void add(int i, long t, double v, int q) {
            if (size == index.length) {
                int n = size * 2;
                index = Arrays.copyOf(index, n);
                times = Arrays.copyOf(times, n);
                values = Arrays.copyOf(values, n);
                quality = Arrays.copyOf(quality, n);
            }
            index[size] = i;
            times[size] = t;
            values[size] = v;
            quality[size] = q;
            size++;
        }
    }
}
