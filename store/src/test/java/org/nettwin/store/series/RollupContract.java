package org.nettwin.store.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bucketed queries give exactly what the test computes from the raw samples, whichever source answers them (raw
 * samples, unfolded partials, 1- and 15-minute roll-ups), before and after folding and after late data; retention
 * removes exactly the rows the policy no longer allows.
 */
@Timeout(120)
abstract class RollupContract extends SeriesFixture {

    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;

    private long[] interfaces;
    private long link;
    private Samples samples;

    @BeforeEach
    void writeTwoHoursOfIrregularSamples() {
        interfaces = new long[] {interfaceSeries("r1/eth0"), interfaceSeries("r1/eth1"), interfaceSeries("r2/eth0")};
        link = series.register(SeriesKey.of(EntityKind.LINK, "r1-r2", "in_rate", "bit/s"));
        samples = Samples.irregular(new long[] {interfaces[0], interfaces[1], interfaces[2], link}, T0, T0 + 2 * HOUR, 7);
        List<Samples.Sample> all = samples.all();
        for (int i = 0; i < all.size(); i += 700) {
            series.write(samples.batch(all.subList(i, Math.min(all.size(), i + 700))));
        }
    }

    /** Query shapes that exercise each source: raw only, 1-minute, 15-minute, mixed with raw edges. */
    private static Map<String, long[]> shapes() {
        Map<String, long[]> shapes = new LinkedHashMap<>();
        shapes.put("10 s, raw", new long[] {T0, T0 + 2 * HOUR, 10 * SECOND});
        shapes.put("90 s, raw", new long[] {T0 - HOUR, T0 + HOUR, 90 * SECOND});
        shapes.put("1 min, aligned", new long[] {T0, T0 + 2 * HOUR, MINUTE});
        shapes.put("5 min, ragged ends", new long[] {T0 + 17_500_000, T0 + HOUR + 3 * MINUTE + 2 * SECOND, 5 * MINUTE});
        shapes.put("15 min, ragged ends", new long[] {T0 + MINUTE + 3 * SECOND, T0 + 2 * HOUR - 7 * SECOND, 15 * MINUTE});
        shapes.put("1 h, aligned", new long[] {T0, T0 + 2 * HOUR, HOUR});
        shapes.put("30 min inside one quarter", new long[] {T0 + 16 * MINUTE, T0 + 29 * MINUTE, 30 * MINUTE});
        return shapes;
    }

    private void assertEveryQueryMatchesTheRawSamples(String phase) {
        SeriesFilter ifaces = SeriesFilter.kind(EntityKind.INTERFACE).metric("in_rate");
        LongPredicate isInterface = id -> id != link;
        SeriesFilter one = SeriesFilter.kind(EntityKind.INTERFACE).entity("r1/eth1");
        LongPredicate isOne = id -> id == interfaces[1];
        for (Map.Entry<String, long[]> shape : shapes().entrySet()) {
            long from = shape.getValue()[0];
            long to = shape.getValue()[1];
            long width = shape.getValue()[2];
            for (Aggregate f : Aggregate.values()) {
                String what = phase + ", " + shape.getKey() + ", " + f;
                Map<Long, Points> got = series.aggregate(ifaces, Micros.toInstant(from), Micros.toInstant(to),
                        Duration.ofNanos(width * 1000), f);
                Map<Long, TreeMap<Long, Double>> asMaps = new LinkedHashMap<>();
                got.forEach((id, p) -> asMaps.put(id, Samples.asMap(p)));
                assertThat(asMaps).as(what).isEqualTo(samples.perSeries(isInterface, from, to, width, f));
                Points across = series.aggregateAcross(one, Micros.toInstant(from), Micros.toInstant(to),
                        Duration.ofNanos(width * 1000), f);
                assertThat(Samples.asMap(across)).as(what + " across one").isEqualTo(samples.across(isOne, from, to, width, f));
                Points all = series.aggregateAcross(ifaces, Micros.toInstant(from), Micros.toInstant(to),
                        Duration.ofNanos(width * 1000), f);
                assertThat(Samples.asMap(all)).as(what + " across").isEqualTo(samples.across(isInterface, from, to, width, f));
            }
        }
    }

    @Test
    void rollUpsGiveTheRawAnswerBeforeAndAfterFoldingAndAfterLateData() {
        assertEveryQueryMatchesTheRawSamples("unfolded");
        assertThat(series.foldRollups()).isPositive();
        assertThat(sql("SELECT count(*) FROM series_rollup_delta")).isZero();
        assertEveryQueryMatchesTheRawSamples("folded");

        SampleBatch late = SampleBatch.withCapacity(4);
        for (long t : new long[] {T0 + 3 * SECOND + 17, T0 + 47 * MINUTE + 1, T0 + 47 * MINUTE + 2, T0 + 119 * MINUTE}) {
            late.add(interfaces[2], t, -5000.25 + t % 7);
            samples.add(interfaces[2], t, -5000.25 + t % 7);
        }
        series.write(late);
        assertEveryQueryMatchesTheRawSamples("late, unfolded");
        series.foldRollups();
        assertEveryQueryMatchesTheRawSamples("late, folded");
        assertThat(sql("SELECT count(*) FROM (SELECT series_id, bucket FROM series_rollup_1m GROUP BY series_id, bucket "
                + "HAVING count(*) > 1) x")).isZero();
        assertThat(sql("SELECT count(*) FROM (SELECT series_id, bucket FROM series_rollup_15m GROUP BY series_id, bucket "
                + "HAVING count(*) > 1) x")).isZero();
    }

    @Test
    void foldsOnlyMinutesThatHaveEndedByTheStoreClock() {
        long end = T0 + 2 * HOUR;
        clock.set(Micros.toInstant(end + 30 * SECOND));
        SampleBatch current = SampleBatch.withCapacity(2);
        for (long t : new long[] {end + SECOND, end + 20 * SECOND}) {
            current.add(link, t, 1.5);
            samples.add(link, t, 1.5);
        }
        series.write(current);
        series.foldRollups();
        assertThat(sql("SELECT min(bucket) FROM series_rollup_delta")).isEqualTo(end);
        assertThat(sql("SELECT max(bucket) FROM series_rollup_1m")).isEqualTo(end - MINUTE);
        assertThat(Samples.asMap(series.aggregateAcross(SeriesFilter.kind(EntityKind.LINK), Micros.toInstant(end - HOUR),
                Micros.toInstant(end + MINUTE), Duration.ofMinutes(1), Aggregate.COUNT)))
                .isEqualTo(samples.across(id -> id == link, end - HOUR, end + MINUTE, MINUTE, Aggregate.COUNT));
    }

    @Test
    void retentionRemovesExactlyWhatThePolicyNoLongerAllows() {
        long now = T0 + 2 * HOUR;
        RetentionPolicy policy = new RetentionPolicy(Duration.ofMinutes(30), Duration.ofMinutes(60), Duration.ofMinutes(90));
        long rawCut = now - 30 * MINUTE;
        long expectedRaw = samples.all().stream().filter(s -> s.t() < rawCut).count();
        long expected1m = buckets(MINUTE).stream().filter(b -> b[1] + MINUTE <= now - 60 * MINUTE).count();
        long expected15m = buckets(15 * MINUTE).stream().filter(b -> b[1] + 15 * MINUTE <= now - 90 * MINUTE).count();

        long removed = series.applyRetention(policy, Micros.toInstant(now));

        assertThat(removed).isEqualTo(expectedRaw + expected1m + expected15m);
        assertThat(sql("SELECT min(t) FROM series_samples")).isGreaterThanOrEqualTo(rawCut);
        assertThat(sql("SELECT count(*) FROM series_samples")).isEqualTo(samples.all().size() - expectedRaw);
        assertThat(sql("SELECT min(bucket) FROM series_rollup_1m")).isEqualTo(now - 60 * MINUTE);
        assertThat(sql("SELECT min(bucket) FROM series_rollup_15m")).isEqualTo(now - 90 * MINUTE);
        assertThat(series.latest(List.of(link))).containsKey(link);
        // The 1-minute roll-ups still answer for the hour whose raw samples are gone.
        long from = now - 60 * MINUTE;
        Map<Long, Points> minutes = series.aggregate(SeriesFilter.kind(EntityKind.LINK), Micros.toInstant(from),
                Micros.toInstant(now), Duration.ofMinutes(1), Aggregate.SUM);
        assertThat(Samples.asMap(minutes.get(link))).isEqualTo(samples.across(id -> id == link, from, now, MINUTE,
                Aggregate.SUM));
        assertThat(series.applyRetention(policy, Micros.toInstant(now))).isZero();
    }

    /** Distinct (series, bucket start) pairs of the written samples. */
    private Set<long[]> buckets(long width) {
        Set<List<Long>> seen = new java.util.HashSet<>();
        samples.all().forEach(s -> seen.add(List.of(s.series(), s.t() - s.t() % width)));
        Set<long[]> out = new java.util.HashSet<>();
        seen.forEach(p -> out.add(new long[] {p.get(0), p.get(1)}));
        return out;
    }
}
