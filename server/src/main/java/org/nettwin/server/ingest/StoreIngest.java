package org.nettwin.server.ingest;

import static java.util.Objects.requireNonNull;

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

    /**
     * An adapter writing to {@code store}.
     *
     * @param runId     this ingestion run's id, unique per run (the prefix of every batch id)
     * @param batchSize samples per batch, 1..{@link TimeSeries#MAX_BATCH}
     */
    public StoreIngest(TimeSeries store, String runId, int batchSize) {
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

    /** Writes the buffered samples, if any, as one batch. */
    public synchronized void flush() {
        if (batch == null || batch.size() == 0) {
            return;
        }
        SampleBatch b = batch;
        batch = null;
        WriteReceipt receipt = store.write(b);
        written += receipt.written();
        rejected += receipt.rejected().size();
        batches++;
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
    public synchronized void close() {
        flush();
    }
}
