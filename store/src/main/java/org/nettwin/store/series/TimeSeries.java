package org.nettwin.store.series;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Telemetry time series: register series, write batches, query ranges, latest values and time buckets. All methods
 * are thread-safe. A reader never sees part of a batch: a batch becomes visible all at once when its write returns.
 * Times are microseconds since the epoch (UTC).
 */
public interface TimeSeries {

    /** Largest batch one write accepts; larger ones are refused whole with {@link IllegalArgumentException}. */
    int MAX_BATCH = 1_000_000;

    /** The id of {@code key}, registering it on first use (idempotent, also across restarts). */
    long register(SeriesKey key);

    /** The ids of {@code keys}, in order, registering new ones (implementations do it in one transaction). */
    default List<Long> registerAll(Collection<SeriesKey> keys) {
        List<Long> ids = new java.util.ArrayList<>(keys.size());
        keys.forEach(k -> ids.add(register(k)));
        return ids;
    }

    Optional<SeriesKey> key(long seriesId);

    /** The registered series the filter selects, by id. */
    List<RegisteredSeries> series(SeriesFilter filter);

    /**
     * Writes a batch and returns once it is durable. Per sample, an unknown series id, a NaN or infinite value,
     * unknown quality bits, a time before 1970 or more than the configured tolerance ahead of the store's clock is
     * rejected with a reason, and the other samples are written. A batch larger than {@link #MAX_BATCH} is refused
     * whole. When writers outpace the disk, this call blocks (back-pressure) or sheds, as configured; both counted.
     */
    WriteReceipt write(SampleBatch batch);

    /** Raw samples of one series with {@code from <= time < to}, in time order. */
    Points range(long seriesId, Instant from, Instant to);

    /** The latest sample of each given series that has one. */
    Map<Long, Latest> latest(Collection<Long> seriesIds);

    /**
     * Samples of every series the filter selects, aggregated per series into buckets of {@code bucket} aligned to
     * the epoch, over {@code from <= time < to}. Buckets of at least a minute may be answered from the roll-ups.
     */
    Map<Long, Points> aggregate(SeriesFilter filter, Instant from, Instant to, Duration bucket, Aggregate function);

    /**
     * Like {@link #aggregate} but combining all selected series into one series per bucket (e.g. the mean
     * utilisation of every link, minute by minute).
     */
    Points aggregateAcross(SeriesFilter filter, Instant from, Instant to, Duration bucket, Aggregate function);

    /** Drops samples and roll-ups older than the policy allows, relative to {@code now}; returns rows removed. */
    long applyRetention(RetentionPolicy policy, Instant now);

    IngestCounters counters();
}
