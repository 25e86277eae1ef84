package org.nettwin.store.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What every backend of the time series must do: registration, writing, reading, rejection, idempotence. */
@Timeout(120)
abstract class SqlTimeSeriesContract extends SeriesFixture {

    @Test
    void registersEachKeyOnceAndKeepsItsIdAcrossReopen() {
        SeriesKey eth0 = SeriesKey.of(EntityKind.INTERFACE, "r1/eth0", "in_rate", "bit/s");
        SeriesKey cpu = SeriesKey.of(EntityKind.DEVICE, "r1", "cpu", "%");
        long a = series.register(eth0);
        long b = series.register(cpu);
        assertThat(series.register(eth0)).isEqualTo(a);
        assertThat(b).isNotEqualTo(a);
        assertThat(series.registerAll(List.of(cpu, eth0, cpu))).containsExactly(b, a, b);

        reopen();

        assertThat(series.register(cpu)).isEqualTo(b);
        assertThat(series.key(a)).contains(eth0);
        assertThat(series.key(9999)).isEmpty();
        assertThat(series.register(SeriesKey.of(EntityKind.DEVICE, "r2", "cpu", "%"))).isNotIn(a, b);
    }

    @Test
    void refusesTheSameMetricOfAnEntityInAnotherUnit() {
        series.register(SeriesKey.of(EntityKind.LINK, "a-b", "load", "bit/s"));
        assertThatThrownBy(() -> series.register(SeriesKey.of(EntityKind.LINK, "a-b", "load", "Mbit/s")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("registered in unit \"bit/s\"");
    }

    @Test
    void listsTheSeriesAFilterSelects() {
        long e0 = interfaceSeries("r1/eth0");
        long e1 = interfaceSeries("r1/eth1");
        long out = series.register(SeriesKey.of(EntityKind.INTERFACE, "r1/eth0", "out_rate", "bit/s"));
        series.register(SeriesKey.of(EntityKind.DEVICE, "r1", "cpu", "%"));

        assertThat(series.series(SeriesFilter.kind(EntityKind.INTERFACE))).extracting(RegisteredSeries::id)
                .containsExactly(e0, e1, out);
        assertThat(series.series(SeriesFilter.kind(EntityKind.INTERFACE).metric("in_rate")))
                .extracting(RegisteredSeries::id).containsExactly(e0, e1);
        assertThat(series.series(SeriesFilter.kind(EntityKind.INTERFACE).entity("r1/eth0").metric("out_rate")))
                .extracting(RegisteredSeries::id).containsExactly(out);
        assertThat(series.series(SeriesFilter.kind(EntityKind.CELL))).isEmpty();
    }

    @Test
    void writesABatchAndReadsRangesBackInTimeOrder() {
        long a = interfaceSeries("a");
        long b = interfaceSeries("b");
        SampleBatch batch = SampleBatch.withCapacity(4);
        for (int s = 9; s >= 0; s--) {
            batch.add(a, T0 + s * SECOND, s * 1.5, s == 3 ? Quality.INTERPOLATED : Quality.GOOD);
            batch.add(b, T0 + s * SECOND, -s);
        }
        WriteReceipt receipt = series.write(batch);
        assertThat(receipt).isEqualTo(new WriteReceipt(20, List.of(), false));

        Points p = series.range(a, Micros.toInstant(T0 + 2 * SECOND), Micros.toInstant(T0 + 5 * SECOND));
        assertThat(p.seriesId()).isEqualTo(a);
        assertThat(p.times()).containsExactly(T0 + 2 * SECOND, T0 + 3 * SECOND, T0 + 4 * SECOND);
        assertThat(p.values()).containsExactly(3.0, 4.5, 6.0);
        assertThat(p.quality(1)).isEqualTo(Quality.INTERPOLATED);
        assertThat(series.range(b, Instant.EPOCH, Instant.MAX).size()).isEqualTo(10);
        assertThat(series.range(b, NOW, NOW.plusSeconds(1)).size()).isZero();
    }

    @Test
    void reportsTheLatestSampleOfEachSeriesEvenWhenOlderSamplesArriveLater() {
        long a = interfaceSeries("a");
        long b = interfaceSeries("b");
        long silent = interfaceSeries("silent");
        series.write(SampleBatch.withCapacity(3).add(a, T0 + 5 * SECOND, 5.0, Quality.ESTIMATED)
                .add(a, T0 + 7 * SECOND, 7.0, Quality.OUTLIER).add(b, T0, 1.0));
        series.write(SampleBatch.withCapacity(2).add(a, T0 + 6 * SECOND, 6.0).add(b, T0 + SECOND, 2.0));

        Map<Long, Latest> latest = series.latest(List.of(a, b, silent, 12345L));

        assertThat(latest).containsOnlyKeys(a, b);
        assertThat(latest.get(a)).isEqualTo(new Latest(a, T0 + 7 * SECOND, 7.0, Quality.OUTLIER));
        assertThat(latest.get(b)).isEqualTo(new Latest(b, T0 + SECOND, 2.0, Quality.GOOD));
        assertThat(series.latest(List.of())).isEmpty();
    }

    @Test
    void rejectsEachBadSampleWithAReasonAndWritesTheRest() {
        long a = interfaceSeries("a");
        long tooLate = Micros.of(NOW.plus(settings.maxFutureSkew())) + 1;
        SampleBatch batch = SampleBatch.withCapacity(8)
                .add(a, T0, 1.0)
                .add(4242, T0, 1.0)
                .add(a, T0 + 1, Double.NaN)
                .add(a, T0 + 2, Double.POSITIVE_INFINITY)
                .add(a, T0 + 3, 1.0, 0x40)
                .add(a, -1, 1.0)
                .add(a, tooLate, 1.0)
                .add(a, tooLate - 1, 2.0);

        WriteReceipt receipt = series.write(batch);

        assertThat(receipt.written()).isEqualTo(2);
        assertThat(receipt.duplicateBatch()).isFalse();
        assertThat(receipt.rejected()).extracting(Rejection::index).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(receipt.rejected()).extracting(Rejection::reason).satisfiesExactly(
                r -> assertThat(r).isEqualTo("unknown series id 4242"),
                r -> assertThat(r).isEqualTo("value is NaN"),
                r -> assertThat(r).isEqualTo("value is infinite (Infinity)"),
                r -> assertThat(r).contains("unknown quality bits 0x40"),
                r -> assertThat(r).contains("before 1970"),
                r -> assertThat(r).contains("ahead of the store clock"));
        assertThat(receipt.rejected()).allSatisfy(r -> assertThat(r.reason()).doesNotContain("\n"));
        assertThat(series.range(a, Instant.EPOCH, Instant.MAX).values()).containsExactly(1.0, 2.0);
        assertThat(series.counters().rejected()).isEqualTo(6);
        assertThat(series.counters().written()).isEqualTo(2);
    }

    @Test
    void refusesAnOversizedBatchWholeAndWritesNothing() {
        long a = interfaceSeries("a");
        SampleBatch batch = SampleBatch.withCapacity(TimeSeries.MAX_BATCH + 1);
        for (int i = 0; i <= TimeSeries.MAX_BATCH; i++) {
            batch.add(a, T0 + i, i);
        }
        assertThatThrownBy(() -> series.write(batch)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exceeds the limit of " + TimeSeries.MAX_BATCH);
        assertThat(sql("SELECT count(*) FROM series_samples")).isZero();
        assertThat(series.counters()).isEqualTo(new IngestCounters(0, 0, 0, 0, 0));
    }

    @Test
    void acknowledgesARepeatedBatchIdWithoutWritingItAgainEvenAfterReopen() {
        long a = interfaceSeries("a");
        SampleBatch first = SampleBatch.withId("collector-7/000123", 3).add(a, T0, 1).add(a, T0 + 1, 2).add(-5, T0, 3);
        assertThat(series.write(first).written()).isEqualTo(2);

        assertThat(series.write(first)).isEqualTo(new WriteReceipt(0, List.of(), true));
        reopen();
        SampleBatch resent = SampleBatch.withId("collector-7/000123", 1).add(a, T0 + 5, 9);
        assertThat(series.write(resent)).isEqualTo(new WriteReceipt(0, List.of(), true));
        SampleBatch other = SampleBatch.withId("collector-7/000124", 1).add(a, T0 + 5, 9);
        assertThat(series.write(other).written()).isEqualTo(1);

        assertThat(sql("SELECT count(*) FROM series_samples")).isEqualTo(3);
        assertThat(series.counters().duplicateBatches()).isEqualTo(1);
    }

    @Test
    void recordsTheIdOfABatchWhoseSamplesWereAllRejected() {
        SampleBatch bad = SampleBatch.withId("all-bad", 1).add(77, T0, 1);
        assertThat(series.write(bad).rejected()).hasSize(1);
        assertThat(series.write(bad).duplicateBatch()).isTrue();
        assertThat(series.write(SampleBatch.withCapacity(0))).isEqualTo(new WriteReceipt(0, List.of(), false));
    }

    @Test
    void refusesBucketsShorterThanAMicrosecond() {
        assertThatThrownBy(() -> series.aggregate(SeriesFilter.kind(EntityKind.LINK), Instant.EPOCH, NOW,
                Duration.ZERO, Aggregate.AVG)).isInstanceOf(IllegalArgumentException.class);
    }
}
