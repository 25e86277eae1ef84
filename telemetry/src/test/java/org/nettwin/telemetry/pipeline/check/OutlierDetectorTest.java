package org.nettwin.telemetry.pipeline.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OutlierDetectorTest {

    @Test
    void flagsASpikeInANoisySeriesButNotTheNoise() {
        OutlierDetector d = new OutlierDetector(6, 10);
        Random rng = new Random(3);
        int falseAlarms = 0;
        for (int i = 0; i < 1000; i++) {
            falseAlarms += d.outlier(0, 100 + rng.nextGaussian() * 5, Double.NaN) ? 1 : 0;
        }
        assertThat(falseAlarms).isZero();
        assertThat(d.outlier(0, 400, Double.NaN)).isTrue();
        assertThat(d.outlier(0, 101, Double.NaN)).isFalse();
    }

    @Test
    void flagsARateAboveThePhysicalLimit() {
        OutlierDetector d = new OutlierDetector(6, 10);
        assertThat(d.outlier(0, 1.3e9, 1.25e9)).isTrue();
        assertThat(d.outlier(0, 1.2e9, 1.25e9)).isFalse();
    }

    @Test
    void acceptsALevelShiftAfterThreeOutliersInARow() {
        OutlierDetector d = new OutlierDetector(6, 10);
        for (int i = 0; i < 50; i++) {
            d.outlier(0, 100 + (i % 2), Double.NaN);
        }
        d.outlier(0, 1000, Double.NaN);
        d.outlier(0, 1001, Double.NaN);
        d.outlier(0, 1000, Double.NaN);
        assertThat(d.outlier(0, 1001, Double.NaN)).isFalse();
    }
}
