package org.nettwin.server.collect;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.nettwin.server.ingest.StoreIngest;
import org.nettwin.store.series.TimeSeries;
import org.nettwin.telemetry.health.SourceReport;
import org.nettwin.telemetry.pipeline.CleaningPipeline;
import org.nettwin.telemetry.pipeline.PipelineSettings;
import org.nettwin.telemetry.spi.MeasurementSink;

/**
 * Collectors → cleaning pipeline → store, running: the rig's collectors hand measurements to one
 * {@link CleaningPipeline}, whose clean grid samples go to the store through {@link StoreIngest}, flushed every
 * {@code flushEvery} so data lag stays low. Counts measurements received.
 */
public final class LiveCollection implements AutoCloseable {

    private final CleaningPipeline pipeline;
    private final StoreIngest ingest;
    private final CollectionRig rig;
    private final ScheduledExecutorService flusher;
    private final AtomicLong received;

    private LiveCollection(CleaningPipeline pipeline, StoreIngest ingest, CollectionRig rig,
                           ScheduledExecutorService flusher, AtomicLong received) {
        this.pipeline = pipeline;
        this.ingest = ingest;
        this.rig = rig;
        this.flusher = flusher;
        this.received = received;
    }

    /** Starts collecting {@code directory} into {@code store} (series written as run {@code runId}). */
    public static LiveCollection start(TargetDirectory directory, TimeSeries store, String runId, Clock clock,
                                       Duration interval, Duration flushEvery) {
        requireNonNull(store, "store");
        StoreIngest ingest = new StoreIngest(store, runId, TimeSeries.MAX_BATCH, clock);
        CleaningPipeline pipeline = new CleaningPipeline(PipelineSettings.DEFAULTS, clock, ingest);
        AtomicLong received = new AtomicLong();
        MeasurementSink counting = m -> {
            received.incrementAndGet();
            pipeline.accept(m);
        };
        CollectionRig rig = CollectionRig.start(directory, counting, interval);
        ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nettwin-store-flush");
            t.setDaemon(true);
            return t;
        });
        LiveCollection live = new LiveCollection(pipeline, ingest, rig, flusher, received);
        flusher.scheduleWithFixedDelay(() -> {
            try {
                ingest.flush();
            } catch (RuntimeException e) {
                System.err.println("nettwin: store write failed (will retry with the next flush): " + e.getMessage());
            }
        }, flushEvery.toMillis(), flushEvery.toMillis(), TimeUnit.MILLISECONDS);
        return live;
    }

    public CleaningPipeline pipeline() {
        return pipeline;
    }

    public StoreIngest ingest() {
        return ingest;
    }

    public CollectionRig rig() {
        return rig;
    }

    /** Measurements the collectors delivered so far. */
    public long received() {
        return received.get();
    }

    /**
     * One line on how collection goes: measurements received, sources up, targets per kind, samples stored, data
     * lag, rejections and refusals.
     */
    public String status() {
        long[] lag = ingest.lagMillis();
        List<SourceReport> health = rig.health();
        long up = health.stream().filter(SourceReport::connected).count();
        long rejected = health.stream().mapToLong(SourceReport::rejectedTotal).sum();
        return String.format(Locale.ROOT, "collected %,d from %d sources up %s, stored %,d, lag p50 %d ms p99 %d ms, "
                + "rejected %,d, refused %s", received(), up, rig.targets().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().size()).toList(), ingest.written(), lag[0], lag[1],
                rejected, rig.refused());
    }

    /** Stops the collectors, then flushes what the pipeline emitted. */
    @Override
    public void close() {
        rig.close();
        flusher.shutdown();
        try {
            flusher.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ingest.close();
    }
}
