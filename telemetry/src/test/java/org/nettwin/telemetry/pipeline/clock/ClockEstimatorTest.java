package org.nettwin.telemetry.pipeline.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ClockEstimatorTest {

    private static final long S = 1_000_000_000L;
    private static final long MS = 1_000_000L;

    private static ClockEstimator estimator() {
        return new ClockEstimator(300 * S, 10 * S, 2 * MS, 100 * MS, 3 * S);
    }

    @Test
    void estimatesOffsetAndDriftFromJitteredDelays() {
        ClockEstimator c = estimator();
        Random rng = new Random(7);
        long src = 0;
        for (long t = 1_000 * S; t < 1_400 * S; t += S / 4) {
            src = t + 500 * MS + Math.round(50e-6 * (t - 1_000 * S));
            c.observe(src, t + 2 * MS + Math.round(-5 * MS * Math.log(1 - rng.nextDouble())));
        }
        long trueOffset = -(500 * MS + Math.round(50e-6 * 400 * S));
        assertThat(c.offsetAt(src)).isCloseTo(trueOffset, within(2 * MS));
        assertThat(c.drift()).isCloseTo(-50e-6, within(5e-6));
        assertThat(c.jumps()).isZero();
    }

    @Test
    void detectsAForwardJumpAtOnceAndReestimates() {
        ClockEstimator c = estimator();
        for (long t = 0; t < 30 * S; t += S) {
            c.observe(t, t + 3 * MS);
        }
        assertThat(c.observe(30 * S + 2 * S, 30 * S + 3 * MS)).isTrue();
        assertThat(c.epoch()).isEqualTo(1);
        assertThat(c.offsetAt(32 * S)).isCloseTo(-2 * S + MS, within(MS));
    }

    @Test
    void detectsABackwardJumpOnceANewTimelineHoldsButNotSporadicLateSamples() {
        ClockEstimator c = estimator();
        for (long t = 0; t < 30 * S; t += S) {
            c.observe(t, t + 3 * MS);
            c.observe(t - 20 * S, t + 3 * MS);
        }
        assertThat(c.jumps()).isZero();
        boolean jumped = false;
        for (long t = 30 * S; t < 40 * S; t += S) {
            jumped |= c.observe(t - 5 * S, t + 3 * MS);
        }
        assertThat(jumped).isTrue();
        assertThat(c.offsetAt(40 * S - 5 * S)).isCloseTo(5 * S + MS, within(MS));
    }
}
