package org.nettwin.store.series;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.nettwin.store.StoreException;
import org.nettwin.store.StoreSettings;
import org.nettwin.store.jdbc.Database;
import org.nettwin.store.jdbc.Dialect;

/**
 * The telemetry time series on DuckDB or PostgreSQL. Writes are checked on the caller's thread, then committed by one
 * writer thread that groups all waiting batches into one transaction (DuckDB Appender or PostgreSQL binary COPY),
 * records their batch ids in it, and completes each write only after that commit. At most
 * {@link StoreSettings#maxPendingSamples()} samples are in flight; beyond that writers wait, and under
 * {@link StoreSettings.OverloadPolicy#SHED} a batch that waited {@link StoreSettings#maxBlock()} is refused whole with
 * a {@link StoreException} whose message starts with {@code "ingest overloaded:"} (nothing of it is written; resend it,
 * with the same batch id, later). 1-minute and 15-minute roll-ups are kept exact, late samples included, and answer
 * bucketed queries whose width and span allow. A repeated batch id is acknowledged with {@code duplicateBatch} true,
 * zero written and no rejections. The same (series, time) written by two different batches is stored twice.
 */
public final class SqlTimeSeries implements TimeSeries, AutoCloseable {

    private final Database db;
    private final SeriesCatalog catalog;
    private final SampleCheck check;
    private final IngestTally tally = new IngestTally();
    private final IngestGate gate;
    private final RollupFold fold;
    private final BucketQuery buckets;
    private final SeriesWriter writer;

    /** Opens the time series in {@code db}, creating or upgrading its tables, and starts its writer thread. */
    public SqlTimeSeries(Database db, StoreSettings settings, Clock clock) {
        this(db, settings, clock, SeriesWriter.FOLD_PERIOD);
    }

    /** As above, folding roll-ups in the background every {@code foldPeriod} (tests fold by hand). */
    SqlTimeSeries(Database db, StoreSettings settings, Clock clock, Duration foldPeriod) {
        this.db = requireNonNull(db, "db");
        requireNonNull(settings, "settings");
        requireNonNull(clock, "clock");
        db.migrate("series", SeriesSchema.migrations());
        this.catalog = new SeriesCatalog(db);
        catalog.loadAll();
        this.check = new SampleCheck(catalog, clock, settings.maxFutureSkew());
        this.gate = new IngestGate(settings.maxPendingSamples(), settings.overload(), settings.maxBlock(), tally);
        this.fold = new RollupFold(db, clock);
        this.buckets = new BucketQuery(db);
        SampleSink sink = db.dialect() == Dialect.DUCKDB ? new DuckDbSink() : new PostgresSink();
        this.writer = new SeriesWriter(db, sink, gate, fold, clock, foldPeriod);
    }

    @Override
    public long register(SeriesKey key) {
        return registerAll(List.of(requireNonNull(key, "key"))).get(0);
    }

    /** The ids of the keys, in order, registering the new ones in one transaction (much faster than one by one). */
    @Override
    public List<Long> registerAll(Collection<SeriesKey> keys) {
        keys.forEach(k -> requireNonNull(k, "key"));
        return catalog.registerAll(keys);
    }

    @Override
    public Optional<SeriesKey> key(long seriesId) {
        return catalog.key(seriesId);
    }

    @Override
    public List<RegisteredSeries> series(SeriesFilter filter) {
        return catalog.series(requireNonNull(filter, "filter"));
    }

    @Override
    public WriteReceipt write(SampleBatch batch) {
        requireNonNull(batch, "batch");
        if (batch.size() > MAX_BATCH) {
            throw new IllegalArgumentException("batch of " + batch.size() + " samples exceeds the limit of " + MAX_BATCH);
        }
        long permits = Math.max(1, batch.size());
        gate.admit(permits);
        CheckedBatch checked;
        try {
            checked = check.check(batch);
            if (checked.valid() == 0 && checked.id().isEmpty()) {
                tally.committed(0, checked.rejections().size());
                gate.release(permits);
                return new WriteReceipt(0, checked.rejections(), false);
            }
            writer.submit(checked);
        } catch (RuntimeException e) {
            gate.release(permits);
            throw e;
        }
        return await(checked);
    }

    private static WriteReceipt await(CheckedBatch checked) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return checked.done().get();
                } catch (InterruptedException e) {
                    // The commit is under way; its outcome is what the caller must learn.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof StoreException se ? new StoreException(se.getMessage(), se)
                    : new StoreException("writing samples failed: " + e.getCause(), e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public Points range(long seriesId, Instant from, Instant to) {
        long a = Micros.of(requireNonNull(from, "from"));
        long b = Micros.of(requireNonNull(to, "to"));
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT t, v, q FROM series_samples WHERE series_id = ? AND t >= ? AND t < ? ORDER BY t")) {
                q.setLong(1, seriesId);
                q.setLong(2, a);
                q.setLong(3, b);
                long[] times = new long[256];
                double[] values = new double[256];
                byte[] quality = new byte[256];
                int n = 0;
                try (ResultSet r = q.executeQuery()) {
                    for (; r.next(); n++) {
                        if (n == times.length) {
                            times = Arrays.copyOf(times, n * 2);
                            values = Arrays.copyOf(values, n * 2);
                            quality = Arrays.copyOf(quality, n * 2);
                        }
                        times[n] = r.getLong(1);
                        values[n] = r.getDouble(2);
                        quality[n] = (byte) r.getInt(3);
                    }
                }
                return new Points(seriesId, Arrays.copyOf(times, n), Arrays.copyOf(values, n), Arrays.copyOf(quality, n));
            }
        });
    }

    @Override
    public Map<Long, Latest> latest(Collection<Long> seriesIds) {
        Set<Long> wanted = new HashSet<>(requireNonNull(seriesIds, "seriesIds"));
        if (wanted.isEmpty()) {
            return Map.of();
        }
        // Few ids: look them up; many: one scan of the (one row per series) table is faster than a long IN list.
        String where = wanted.size() > 1000 ? "" : " WHERE series_id IN ("
                + wanted.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
        return db.read(c -> {
            Map<Long, Latest> out = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT series_id, t, v, q FROM series_latest" + where)) {
                while (r.next()) {
                    long id = r.getLong(1);
                    if (wanted.contains(id)) {
                        out.put(id, new Latest(id, r.getLong(2), r.getDouble(3), r.getInt(4)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Map<Long, Points> aggregate(SeriesFilter filter, Instant from, Instant to, Duration bucket,
                                       Aggregate function) {
        requireNonNull(filter, "filter");
        return buckets.perSeries(filter, Micros.of(requireNonNull(from, "from")), Micros.of(requireNonNull(to, "to")),
                width(bucket), requireNonNull(function, "function"));
    }

    @Override
    public Points aggregateAcross(SeriesFilter filter, Instant from, Instant to, Duration bucket, Aggregate function) {
        requireNonNull(filter, "filter");
        return buckets.across(filter, Micros.of(requireNonNull(from, "from")), Micros.of(requireNonNull(to, "to")),
                width(bucket), requireNonNull(function, "function"));
    }

    private static long width(Duration bucket) {
        long micros = Micros.of(requireNonNull(bucket, "bucket"));
        if (micros < 1) {
            throw new IllegalArgumentException("bucket must be at least 1 µs, was " + bucket);
        }
        return micros;
    }

    /**
     * Drops raw samples older than {@code now - raw}, and the 1- and 15-minute roll-up buckets that ended before
     * {@code now - oneMinute} and {@code now - fifteenMinutes}; returns samples plus roll-up rows removed. Latest values
     * and batch ids older than the raw retention go too (not counted). Closed minutes are folded first.
     */
    @Override
    public long applyRetention(RetentionPolicy policy, Instant now) {
        requireNonNull(policy, "policy");
        long at = Micros.of(requireNonNull(now, "now"));
        long raw = at - Micros.of(policy.raw());
        long minute = at - Micros.of(policy.oneMinute());
        long quarter = at - Micros.of(policy.fifteenMinutes());
        fold.fold();
        return db.write(c -> {
            try (Statement s = c.createStatement()) {
                long removed = s.executeUpdate("DELETE FROM series_samples WHERE t < " + raw);
                removed += s.executeUpdate("DELETE FROM series_rollup_1m WHERE bucket + " + Micros.MINUTE + " <= " + minute);
                removed += s.executeUpdate("DELETE FROM series_rollup_15m WHERE bucket + " + Micros.QUARTER + " <= "
                        + quarter);
                removed += s.executeUpdate("DELETE FROM series_rollup_delta WHERE bucket - bucket % " + Micros.QUARTER
                        + " + " + Micros.QUARTER + " <= " + quarter);
                s.executeUpdate("DELETE FROM series_latest WHERE t < " + raw);
                s.executeUpdate("DELETE FROM series_batches WHERE committed < " + raw);
                return removed;
            }
        });
    }

    /** Folds the roll-up partials of every closed minute now (the writer also does it every few seconds). */
    public long foldRollups() {
        return fold.fold();
    }

    /** Samples admitted and not yet committed (for tests and diagnostics). */
    long inFlight() {
        return gate.inFlight();
    }

    @Override
    public IngestCounters counters() {
        return tally.snapshot();
    }

    /** Commits the batches already queued, then stops the writer thread; the database stays open. Idempotent. */
    @Override
    public void close() {
        writer.close();
    }
}
