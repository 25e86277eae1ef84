package org.nettwin.model.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DataRateTest {

    @Test
    void convertsUnits() {
        assertThat(DataRate.ofGbps(10).bitsPerSecond()).isEqualTo(1e10);
        assertThat(DataRate.ofMbps(9920).megabitsPerSecond()).isEqualTo(9920);
        assertThat(DataRate.ofKbps(64).bitsPerSecond()).isEqualTo(64_000);
    }

    @Test
    void serialisationTimeOfAFrame() {
        assertThat(DataRate.ofMbps(10).transmissionTime(1000)).isEqualTo(Duration.ofNanos(800_000));
        assertThat(DataRate.ofGbps(1).transmissionTime(1500)).isEqualTo(Duration.ofNanos(12_000));
    }

    @Test
    void utilisationOfAZeroRateIsInfiniteOnlyWhenLoaded() {
        assertThat(DataRate.ZERO.utilisationBy(DataRate.ZERO)).isZero();
        assertThat(DataRate.ZERO.utilisationBy(DataRate.ofBps(1))).isInfinite();
        assertThat(DataRate.ofMbps(100).utilisationBy(DataRate.ofMbps(60))).isEqualTo(0.6);
    }

    @Test
    void printsWithAnSiPrefix() {
        assertThat(DataRate.ofGbps(10)).hasToString("10 Gb/s");
        assertThat(DataRate.ofMbps(9953.28)).hasToString("9.95 Gb/s");
        assertThat(DataRate.ZERO).hasToString("0 b/s");
    }
}
