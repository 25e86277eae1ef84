package org.nettwin.store.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nettwin.store.StoreException;
import org.nettwin.store.StoreSettings.OverloadPolicy;

/** Concurrent writers and readers, group commit, back-pressure and shedding, on every backend. */
@Timeout(120)
abstract class IngestContract extends SeriesFixture {

    private static final int BATCH = 10_000;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @org.junit.jupiter.api.AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void readersNeverSeeHalfABatch() throws Exception {
        long a = interfaceSeries("a");
        AtomicBoolean writing = new AtomicBoolean(true);
        Set<Long> seen = new ConcurrentSkipListSet<>();
        Future<?> reader = threads.submit(() -> {
            while (writing.get()) {
                seen.add(sql("SELECT count(*) FROM series_samples WHERE series_id = " + a));
            }
        });
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int writer = w;
            writers.add(threads.submit(() -> {
                for (int b = 0; b < 10; b++) {
                    SampleBatch batch = SampleBatch.withCapacity(BATCH);
                    for (int i = 0; i < BATCH; i++) {
                        batch.add(a, T0 + ((writer * 10L + b) * BATCH + i) * 1000, i);
                    }
                    series.write(batch);
                }
            }));
        }
        for (Future<?> w : writers) {
            w.get(60, TimeUnit.SECONDS);
        }
        writing.set(false);
        reader.get(10, TimeUnit.SECONDS);
        seen.add(sql("SELECT count(*) FROM series_samples WHERE series_id = " + a));

        assertThat(seen).allSatisfy(count -> assertThat(count % BATCH).as("count %d", count).isZero());
        assertThat(seen).contains(30L * BATCH).hasSizeGreaterThan(2);
    }

    @Test
    void concurrentWritersEachGetTheReceiptOfTheirOwnBatch() throws Exception {
        long a = interfaceSeries("a");
        List<Future<List<WriteReceipt>>> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int writer = w;
            writers.add(threads.submit(() -> {
                List<WriteReceipt> receipts = new ArrayList<>();
                for (int b = 0; b < 20; b++) {
                    SampleBatch batch = SampleBatch.withId("w" + writer + "-b" + b, 100);
                    for (int i = 0; i < 100; i++) {
                        batch.add(a, T0 + (writer * 10_000L + b * 100L + i) * 1000, i == writer ? Double.NaN : i);
                    }
                    receipts.add(series.write(batch));
                }
                return receipts;
            }));
        }
        for (int w = 0; w < writers.size(); w++) {
            int writer = w;
            assertThat(writers.get(w).get(60, TimeUnit.SECONDS)).hasSize(20).allSatisfy(r -> {
                assertThat(r.written()).isEqualTo(99);
                assertThat(r.rejected()).containsExactly(new Rejection(writer, "value is NaN"));
            });
        }
        assertThat(sql("SELECT count(*) FROM series_samples")).isEqualTo(8 * 20 * 99);
        assertThat(sql("SELECT count(*) FROM series_batches")).isEqualTo(8 * 20);
        assertThat(series.counters()).isEqualTo(new IngestCounters(8 * 20 * 99, 8 * 20, 0, 0, 0));
    }

    /** Holds the database's write lock until released, so that the writer thread cannot commit. */
    private CountDownLatch stallCommits() throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        threads.submit(() -> db.write(c -> {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        holding.await();
        return release;
    }

    /** Starts writing a batch on another thread and returns once the batch is in flight (or done). */
    private Future<WriteReceipt> writeInBackground(long series, int samples, long offset) throws InterruptedException {
        long before = this.series.inFlight();
        Future<WriteReceipt> write = threads.submit(() -> this.series.write(batch(series, samples, offset)));
        while (this.series.inFlight() == before && !write.isDone()) {
            Thread.sleep(1);
        }
        return write;
    }

    private static SampleBatch batch(long series, int samples, long offset) {
        SampleBatch batch = SampleBatch.withCapacity(samples);
        for (int i = 0; i < samples; i++) {
            batch.add(series, T0 + offset + i, i);
        }
        return batch;
    }

    @Test
    void writesABatchSentTwiceAtOnceOnlyOnce() throws Exception {
        long a = interfaceSeries("a");
        CountDownLatch release = stallCommits();
        SampleBatch twice = SampleBatch.withId("twice", 3).add(a, T0, 1).add(a, T0 + 1, 2).add(a, T0 + 2, 3);
        Future<WriteReceipt> one = threads.submit(() -> series.write(twice));
        Future<WriteReceipt> other = threads.submit(() -> series.write(twice));
        while (series.inFlight() < 6) {
            Thread.sleep(1);
        }
        release.countDown();

        List<WriteReceipt> receipts = List.of(one.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS));
        assertThat(receipts).extracting(WriteReceipt::duplicateBatch).containsExactlyInAnyOrder(true, false);
        assertThat(receipts).extracting(WriteReceipt::written).containsExactlyInAnyOrder(0, 3);
        assertThat(sql("SELECT count(*) FROM series_samples")).isEqualTo(3);
    }

    @Test
    void shedsABatchWholeWhenIngestStaysOverloadedPastTheLimit() throws Exception {
        closeStore();
        settings = settings.withOverload(OverloadPolicy.SHED, 1000, Duration.ofMillis(50));
        open(settings);
        long a = interfaceSeries("a");
        CountDownLatch release = stallCommits();
        Future<WriteReceipt> first = writeInBackground(a, 1000, 0);

        SampleBatch second = SampleBatch.withId("second", 10);
        for (int i = 0; i < 10; i++) {
            second.add(a, T0 + SECOND + i, i);
        }
        assertThatThrownBy(() -> series.write(second)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("ingest overloaded: 1000 samples in flight (limit 1000)");
        release.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS).written()).isEqualTo(1000);
        IngestCounters counters = series.counters();
        assertThat(counters.shed()).isEqualTo(10);
        assertThat(counters.written()).isEqualTo(1000);
        assertThat(counters.blockedNanos()).isGreaterThanOrEqualTo(Duration.ofMillis(50).toNanos());
        assertThat(series.write(second).written()).as("a shed batch can be sent again").isEqualTo(10);
        assertThat(series.inFlight()).isZero();
    }

    @Test
    void blocksAWriterUntilThereIsRoomUnderBackPressure() throws Exception {
        closeStore();
        settings = settings.withOverload(OverloadPolicy.BLOCK, 1000, Duration.ofMillis(1));
        open(settings);
        long a = interfaceSeries("a");
        CountDownLatch release = stallCommits();
        Future<WriteReceipt> first = writeInBackground(a, 600, 0);
        Future<WriteReceipt> second = writeInBackground(a, 5, SECOND);
        Future<WriteReceipt> third = threads.submit(() -> series.write(batch(a, 500, 2 * SECOND)));

        Thread.sleep(200);
        assertThat(third.isDone()).as("the batch that does not fit waits").isFalse();
        release.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS).written()).isEqualTo(600);
        assertThat(second.get(30, TimeUnit.SECONDS).written()).isEqualTo(5);
        assertThat(third.get(30, TimeUnit.SECONDS).written()).isEqualTo(500);
        assertThat(series.counters().shed()).isZero();
        assertThat(series.counters().blockedNanos()).isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos());
    }

    @Test
    void admitsABatchLargerThanTheLimitWhenNothingElseIsInFlight() {
        closeStore();
        settings = settings.withOverload(OverloadPolicy.SHED, 100, Duration.ZERO);
        open(settings);
        long a = interfaceSeries("a");
        SampleBatch big = SampleBatch.withCapacity(5000);
        for (int i = 0; i < 5000; i++) {
            big.add(a, T0 + i, i);
        }
        assertThat(series.write(big).written()).isEqualTo(5000);
        assertThat(series.counters().shed()).isZero();
    }
}
