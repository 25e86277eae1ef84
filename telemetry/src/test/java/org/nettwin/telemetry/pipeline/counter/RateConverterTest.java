package org.nettwin.telemetry.pipeline.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.nettwin.telemetry.pipeline.QualityFlags;

class RateConverterTest {

    private static final long S = 1_000_000_000L;
    private static final long NO_RESET = Long.MIN_VALUE;

    private static int feed(RateConverter c, long sec, double value) {
        return c.convert(0, sec * S, sec * S, value, 1.0, 0, Double.NaN, NO_RESET);
    }

    @Property
    void recoversTheRateAcrossA32BitWrapWherever(@ForAll @DoubleRange(min = 1e3, max = 4e8) double rate,
                                                 @ForAll @DoubleRange(min = 0, max = 1) double phase) {
        RateConverter c = new RateConverter(8);
        double start = 4294967296.0 - (1.5 + 2 * phase) * rate; // the wrap comes after a first rate
        for (int i = 0; i < 5; i++) {
            double v = (start + i * rate) % 4294967296.0;
            int verdict = feed(c, i, Math.floor(v));
            if (i > 0) {
                assertThat(verdict).isIn(RateConverter.RATE, RateConverter.WRAP_32);
                assertThat(c.rate()).isCloseTo(rate, within(rate * 1e-3 + 2));
            }
        }
    }

    @Test
    void recoversTheRateAcrossA64BitWrap() {
        RateConverter c = new RateConverter(8);
        feed(c, 0, 18446744073709551616.0 - 3e9);
        feed(c, 1, 18446744073709551616.0 - 2e9);
        assertThat(feed(c, 2, 0.5e9)).isEqualTo(RateConverter.WRAP_64);
        assertThat(c.rate()).isCloseTo(2.5e9, within(1e4));
    }

    @Test
    void skipsOneIntervalAndFlagsTheNextRateAfterAResetOfUnknownTime() {
        RateConverter c = new RateConverter(8);
        feed(c, 0, 1e9);
        feed(c, 1, 1.1e9);
        assertThat(feed(c, 2, 5e6)).isEqualTo(RateConverter.RESET_SKIPPED);
        assertThat(feed(c, 3, 1.05e8)).isEqualTo(RateConverter.RATE);
        assertThat(c.rate()).isEqualTo(1e8);
        assertThat(c.flags()).isEqualTo(QualityFlags.COUNTER_RESET);
        assertThat(feed(c, 4, 2.05e8)).isEqualTo(RateConverter.RATE);
        assertThat(c.flags()).isZero();
    }

    @Test
    void measuresTheRateSinceTheResetWhenTheResetTimeIsKnown() {
        RateConverter c = new RateConverter(8);
        c.convert(0, 10 * S, 10 * S, 1e9, 1.0, 0, Double.NaN, NO_RESET);
        c.convert(0, 11 * S, 11 * S, 1.1e9, 1.0, 0, Double.NaN, NO_RESET);
        int verdict = c.convert(0, 12 * S, 12 * S, 5e7, 1.0, 0, Double.NaN, 11 * S + S / 2);
        assertThat(verdict).isEqualTo(RateConverter.RESET_RATE);
        assertThat(c.rate()).isCloseTo(1e8, within(1.0));
        assertThat(c.pointTime()).isEqualTo(11 * S + 3 * S / 4);
        assertThat(c.flags()).isEqualTo(QualityFlags.COUNTER_RESET);
    }

    @Test
    void takesADropToASmallValueOnA32BitCounterFarFromItsTopForAReset() {
        RateConverter c = new RateConverter(8);
        feed(c, 0, 1.0e9);
        feed(c, 1, 1.1e9);
        assertThat(feed(c, 2, 1000)).isEqualTo(RateConverter.RESET_SKIPPED);
    }

    @Test
    void restartsTheSeriesWhenTheSourceClockJumped() {
        RateConverter c = new RateConverter(8);
        c.convert(0, 0, 0, 0, 1.0, 0, Double.NaN, NO_RESET);
        assertThat(c.convert(0, S, S, 10, 1.0, 1, Double.NaN, NO_RESET)).isEqualTo(RateConverter.NO_RATE);
    }
}
