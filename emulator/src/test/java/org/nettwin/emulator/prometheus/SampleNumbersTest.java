package org.nettwin.emulator.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SampleNumbersTest {

    @Test
    void formatsAsGoShortestGeneralFormat() {
        assertThat(SampleNumbers.format(0)).isEqualTo("0");
        assertThat(SampleNumbers.format(5)).isEqualTo("5");
        assertThat(SampleNumbers.format(0.25)).isEqualTo("0.25");
        assertThat(SampleNumbers.format(-3.5)).isEqualTo("-3.5");
        assertThat(SampleNumbers.format(100000)).isEqualTo("100000");
        assertThat(SampleNumbers.format(1_000_000)).isEqualTo("1e+06");
        assertThat(SampleNumbers.format(123456789)).isEqualTo("1.23456789e+08");
        assertThat(SampleNumbers.format(0.0001)).isEqualTo("0.0001");
        assertThat(SampleNumbers.format(0.00001234)).isEqualTo("1.234e-05");
        assertThat(SampleNumbers.format(1e300)).isEqualTo("1e+300");
        assertThat(SampleNumbers.format(Double.NaN)).isEqualTo("NaN");
        assertThat(SampleNumbers.format(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
    }

    @Test
    void readsBackExactly() {
        for (double v : new double[] {Math.PI, 1.0 / 3, 1e-10, 123.456, 9.87654321e15, Double.MIN_VALUE}) {
            assertThat(Double.parseDouble(SampleNumbers.format(v))).isEqualTo(v);
        }
    }
}
