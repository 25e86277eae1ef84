package org.nettwin.store.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nettwin.store.PostgresServer;
import org.nettwin.store.StoreSettings;
import org.nettwin.store.jdbc.Database;

/** Two twin instances share one PostgreSQL repository: ids, writes, folds and queries stay consistent. */
@Timeout(120)
class SharedPostgresTest {

    private final StoreSettings settings = PostgresServer.freshDatabase();
    private final SettableClock clock = new SettableClock(SeriesFixture.NOW);
    private final List<AutoCloseable> open = new ArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    private SqlTimeSeries instance() {
        Database db = Database.open(settings);
        SqlTimeSeries series = new SqlTimeSeries(db, settings, clock, Duration.ofDays(1));
        open.add(db);
        open.add(series);
        return series;
    }

    @AfterEach
    void close() throws Exception {
        threads.shutdownNow();
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void twoInstancesShareSeriesIdsAndEachAcceptsTheOthersSeries() {
        SqlTimeSeries a = instance();
        SqlTimeSeries b = instance();
        SeriesKey key = SeriesKey.of(EntityKind.CELL, "gnb-1/c1", "prb_util", "%");
        long id = a.register(key);
        assertThat(b.register(key)).isEqualTo(id);
        long onlyA = a.register(SeriesKey.of(EntityKind.CELL, "gnb-1/c2", "prb_util", "%"));

        assertThat(b.write(SampleBatch.withCapacity(1).add(onlyA, SeriesFixture.T0, 1.0)).written()).isEqualTo(1);
        assertThat(b.key(onlyA)).isPresent();
    }

    @Test
    void aFoldWaitsWhileAnotherProcessFolds() throws Exception {
        SqlTimeSeries a = instance();
        Database other = Database.open(settings);
        open.add(other);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> otherFold = threads.submit(() -> other.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + RollupFold.FOLD_LOCK + ")");
            }
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        holding.await();
        Future<Long> fold = threads.submit(a::foldRollups);
        Thread.sleep(300);
        assertThat(fold.isDone()).as("the fold waits for the other process's fold").isFalse();
        release.countDown();
        otherFold.get(30, TimeUnit.SECONDS);
        assertThat(fold.get(30, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void concurrentWritesAndFoldsOfTwoInstancesKeepTheRollUpsExact() throws Exception {
        SqlTimeSeries a = instance();
        SqlTimeSeries b = instance();
        long[] ids = {a.register(SeriesKey.of(EntityKind.LINK, "l1", "load", "bit/s")),
            a.register(SeriesKey.of(EntityKind.LINK, "l2", "load", "bit/s"))};
        long start = SeriesFixture.T0;
        Samples samples = Samples.irregular(ids, start, start + 7_200_000_000L, 11);
        List<Samples.Sample> all = samples.all();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Future<?>> folders = new ArrayList<>();
        for (SqlTimeSeries instance : List.of(a, b)) {
            folders.add(threads.submit(() -> {
                while (writing.get()) {
                    instance.foldRollups();
                }
                return null;
            }));
        }
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            SqlTimeSeries instance = w == 0 ? a : b;
            int first = w;
            writers.add(threads.submit(() -> {
                for (int i = first * 100; i < all.size(); i += 200) {
                    instance.write(samples.batch(all.subList(i, Math.min(all.size(), i + 100))));
                }
                return null;
            }));
        }
        for (Future<?> f : writers) {
            f.get(60, TimeUnit.SECONDS);
        }
        writing.set(false);
        for (Future<?> f : folders) {
            f.get(60, TimeUnit.SECONDS);
        }
        b.foldRollups();

        for (long width : new long[] {60_000_000L, 900_000_000L}) {
            for (Aggregate f : List.of(Aggregate.COUNT, Aggregate.SUM, Aggregate.MAX, Aggregate.LAST)) {
                Map<Long, TreeMap<Long, Double>> got = new LinkedHashMap<>();
                a.aggregate(SeriesFilter.kind(EntityKind.LINK), Micros.toInstant(start),
                        Micros.toInstant(start + 7_200_000_000L), Duration.ofNanos(width * 1000), f)
                        .forEach((id, p) -> got.put(id, Samples.asMap(p)));
                assertThat(got).as(f + " per " + width).isEqualTo(samples.perSeries(id -> true, start,
                        start + 7_200_000_000L, width, f));
            }
        }
        Samples.Sample last = all.stream().filter(s -> s.series() == ids[0]).reduce((x, y) -> y.t() > x.t() ? y : x)
                .orElseThrow();
        assertThat(b.latest(List.of(ids[0])).get(ids[0]).epochMicros()).isEqualTo(last.t());
    }
}
