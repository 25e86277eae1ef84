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
import org.nettwin.telemetry.pipeline.CleanSampleSink;
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
        return start(directory, store, runId, clock, new Timing(interval, flushEvery), Tees.NONE);
    }

    /**
     * Starts collecting {@code directory} into {@code store} (series written as run {@code runId}), also handing every
     * raw measurement to {@code tees.observations} (before cleaning) and every clean sample to {@code tees.clean}
     * (after the store's sink): how the live twin is fed. The tees must be quick and must not throw.
     */
    public static LiveCollection start(TargetDirectory directory, TimeSeries store, String runId, Clock clock,
                                       Timing timing, Tees tees) {
        requireNonNull(store, "store");
        requireNonNull(tees, "tees");
        StoreIngest ingest = new StoreIngest(store, runId, TimeSeries.MAX_BATCH, clock);
        CleanSampleSink cleanTee = tees.clean();
        CleanSampleSink both = (series, time, value, quality) -> {
            ingest.accept(series, time, value, quality);
            cleanTee.accept(series, time, value, quality);
        };
        CleaningPipeline pipeline = new CleaningPipeline(PipelineSettings.DEFAULTS, clock, both);
        AtomicLong received = new AtomicLong();
        MeasurementSink observationTee = tees.observations();
        MeasurementSink counting = m -> {
            received.incrementAndGet();
            observationTee.accept(m);
            pipeline.accept(m);
        };
        CollectionRig rig = CollectionRig.start(directory, counting, timing.interval());
        ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nettwin-store-flush");
            t.setDaemon(true);
            return t;
        });
        LiveCollection live = new LiveCollection(pipeline, ingest, rig, flusher, received);
        long flushMillis = timing.flushEvery().toMillis();
        flusher.scheduleWithFixedDelay(() -> {
            try {
                ingest.flush();
            } catch (RuntimeException e) {
                System.err.println("nettwin: store write failed (will retry with the next flush): " + e.getMessage());
            }
        }, flushMillis, flushMillis, TimeUnit.MILLISECONDS);
        return live;
    }

    /** How often collectors sample and the store is flushed. */
    public record Timing(Duration interval, Duration flushEvery) {
        public Timing {
            requireNonNull(interval, "interval");
            requireNonNull(flushEvery, "flushEvery");
        }
    }

    /** Where collection also hands its raw measurements and its clean samples (the live twin's inputs). */
    public record Tees(CleanSampleSink clean, MeasurementSink observations) {
        /** No tees. */
        public static final Tees NONE = new Tees((s, t, v, q) -> { }, m -> { });

        public Tees {
            requireNonNull(clean, "clean");
            requireNonNull(observations, "observations");
        }
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
