package org.nettwin.sim.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nettwin.sim.random.RandomStream;

class DelayHistogramTest {

    @Test
    void quantilesAreWithinAFewHundredthsOfAPercentOfTheExactOrderStatistics() {
        RandomStream random = RandomStream.of(5);
        int n = 200_000;
        long[] values = new long[n];
        DelayHistogram h = new DelayHistogram();
        for (int i = 0; i < n; i++) {
            values[i] = 1_000_000 + Math.round(random.nextExponential(3e6));
            h.record(values[i]);
        }
        Arrays.sort(values);
        for (double q : new double[] {0.01, 0.5, 0.9, 0.99, 0.999, 1.0}) {
            long exact = values[(int) Math.ceil(q * n) - 1];
            assertThat(Math.abs(h.quantile(q) / exact - 1)).as("q = " + q).isLessThanOrEqualTo(1.0 / 2048);
        }
    }

    @Test
    void isExactForSmallValuesAndForASingleRepeatedValue() {
        DelayHistogram small = new DelayHistogram();
        for (long v = 1; v <= 100; v++) {
            small.record(v);
        }
        assertThat(small.quantile(0.5)).isEqualTo(50);
        assertThat(small.quantile(0.99)).isEqualTo(99);
        DelayHistogram constant = new DelayHistogram();
        for (int i = 0; i < 10; i++) {
            constant.record(1_908_000);
        }
        assertThat(constant.quantile(0.5)).isEqualTo(1_908_000);
        assertThat(new DelayHistogram().quantile(0.5)).isNaN();
    }
}
