package org.nettwin.store.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nettwin.store.series.BucketQuery.Segment;

class BucketQueryPlanTest {

    private static final long M = Micros.MINUTE;
    private static final long Q = Micros.QUARTER;
    private static final long T = 1_735_725_600_000_000L;

    @Test
    void answersAlignedHoursFromQuarterHourRollUps() {
        assertThat(BucketQuery.plan(T, T + 4 * Q, 4 * Q)).containsExactly(new Segment("series_rollup_15m", T, T + 4 * Q));
    }

    @Test
    void coversRaggedEndsWithMinuteRollUpsAndRawSamples() {
        long from = T + 17_500_000;
        long to = T + 2 * Q + 3 * M + 2_000_000;
        assertThat(BucketQuery.plan(from, to, Q)).containsExactly(
                new Segment("series_samples", from, T + M),
                new Segment("series_rollup_1m", T + M, T + Q),
                new Segment("series_rollup_15m", T + Q, T + 2 * Q),
                new Segment("series_rollup_1m", T + 2 * Q, T + 2 * Q + 3 * M),
                new Segment("series_samples", T + 2 * Q + 3 * M, to));
    }

    @Test
    void usesMinuteRollUpsForBucketsThatAreWholeMinutesButNotQuarters() {
        assertThat(BucketQuery.plan(T, T + Q, 5 * M)).containsExactly(new Segment("series_rollup_1m", T, T + Q));
    }

    @Test
    void readsRawSamplesForBucketsShorterThanAMinuteOrNotWholeMinutes() {
        assertThat(BucketQuery.plan(T, T + Q, 10_000_000)).containsExactly(new Segment("series_samples", T, T + Q));
        assertThat(BucketQuery.plan(T, T + Q, 90_000_000)).containsExactly(new Segment("series_samples", T, T + Q));
        assertThat(BucketQuery.plan(T + 1, T + M - 1, M)).containsExactly(new Segment("series_samples", T + 1, T + M - 1));
        assertThat(BucketQuery.plan(T, T, M)).isEqualTo(List.of());
    }
}
