package org.nettwin.server.ingest;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.Arrays;
import org.nettwin.store.series.SampleBatch;
import org.nettwin.store.series.SeriesKey;
import org.nettwin.store.series.TimeSeries;
import org.nettwin.store.series.WriteReceipt;
import org.nettwin.telemetry.pipeline.CleanSampleSink;
import org.nettwin.telemetry.pipeline.CleanSeries;

/**
 * Writes the cleaning pipeline's samples into the store: each clean series is registered once (its store id cached
 * by the series' dense index, named by {@link SeriesMapping}'s documented rule), samples are buffered and written
 * as one batch of {@code batchSize} samples, or fewer on {@link #flush()} and {@link #close()}. Batch ids are
 * {@code runId-sequence}, so a retried batch is recognised by the store. Counts samples written and rejected.
 * Thread-safe.
 */
public final class StoreIngest implements CleanSampleSink, AutoCloseable {

    private static final long UNREGISTERED = Long.MIN_VALUE;

    private final TimeSeries store;
    private final String runId;
    private final int batchSize;
    private long[] ids = new long[0];
    private SampleBatch batch;
    private long sequence;
    private long written;
    private long rejected;
    private long batches;
    private final Clock clock;
    private final LagHistogram lag = new LagHistogram();

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
    public synchronized void accept(CleanSeries series, long gridTimeMicros, double value, int quality) {
        long id = idOf(series);
        if (batch == null) {
            batch = SampleBatch.withId(runId + "-" + sequence++, Math.min(batchSize, 1024));
        }
        batch.add(id, gridTimeMicros, value, quality);
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    private long idOf(CleanSeries series) {
        int i = series.index();
        if (i >= ids.length) {
            int old = ids.length;
            ids = Arrays.copyOf(ids, Math.max(i + 1, old * 2));
            Arrays.fill(ids, old, ids.length, UNREGISTERED);
        }
        if (ids[i] == UNREGISTERED) {
            SeriesKey key = SeriesMapping.keyOf(series);
            ids[i] = store.register(key);
        }
        return ids[i];
    }

    /**
     * Writes the buffered samples, if any, as one batch. The write happens outside this adapter's lock, so the
     * pipeline keeps handing over samples while the store commits.
     */
    public void flush() {
        SampleBatch b;
        synchronized (this) {
            if (batch == null || batch.size() == 0) {
                return;
            }
            b = batch;
            batch = null;
        }
        WriteReceipt receipt = store.write(b);
        long committedMicros = clock.instant().toEpochMilli() * 1000L;
        synchronized (this) {
            written += receipt.written();
            rejected += receipt.rejected().size();
            batches++;
            for (int i = 0; i < b.size(); i++) {
                lag.record(committedMicros - b.epochMicros(i));
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
        return (int) Arrays.stream(ids).filter(id -> id != UNREGISTERED).count();
    }

    /** Flushes the buffered samples; safe to call twice. */
    @Override
    public void close() {
        flush();
    }
}
