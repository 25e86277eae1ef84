package org.nettwin.sim.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class HopQueueTest {

    private static final double S = 0.0008;

    @Test
    void largeBufferGivesThePollaczekKhinchineWaitForAnyVariability() {
        double lambda = 0.85 / S;
        double second = 1.7 * S * S;
        HopQueue q = HopQueue.solve(lambda, S, lambda * second, 1_000_000);
        assertThat(q.waitS()).isCloseTo(Queueing.mg1Wait(lambda, S, second), within(1e-15));
        assertThat(q.blocking()).isZero();
        assertThat(q.meanWaiting()).isCloseTo(lambda * q.waitS(), within(1e-12));
    }

    @Test
    void poissonTrafficOfExponentialSizesIsExactlyMm1k() {
        double rho = 0.9;
        double lambda = rho / S;
        HopQueue q = HopQueue.solve(lambda, S, lambda * 2 * S * S, 9);
        assertThat(q.blocking()).isCloseTo(Queueing.mm1kBlocking(rho, 10), within(1e-15));
        assertThat(q.meanWaiting()).isCloseTo(Queueing.mm1kMeanWaiting(rho, 10), within(1e-13));
        assertThat(q.waitS()).isCloseTo(q.meanWaiting() / (lambda * (1 - q.blocking())), within(1e-15));
    }

    @Test
    void aRegularStreamBelowCapacityNeverWaits() {
        assertThat(HopQueue.solve(0.99 / S, S, 0, 10)).isEqualTo(HopQueue.IDLE);
    }

    @Test
    void aRegularStreamAboveCapacityFillsTheQueueAndLosesTheExcess() {
        HopQueue q = HopQueue.solve(1.25 / S, S, 0, 50);
        assertThat(q.blocking()).isCloseTo(0.2, within(1e-12));
        assertThat(q.meanWaiting()).isEqualTo(50);
        assertThat(q.waitS()).isCloseTo(50 * S, within(1e-15));
    }

    @Test
    void aZeroRateLinkLosesEverything() {
        assertThat(HopQueue.solve(10, Double.POSITIVE_INFINITY, 0, 5).blocking()).isEqualTo(1);
    }

    @Property
    void isFiniteAndBoundedWhateverTheLoad(@ForAll @DoubleRange(min = 0.01, max = 20) double rho,
                                          @ForAll @DoubleRange(min = 0, max = 4) double scv,
                                          @ForAll @IntRange(min = 0, max = 100_000) int queue) {
        double lambda = rho / S;
        HopQueue q = HopQueue.solve(lambda, S, lambda * (1 + scv) * S * S, queue);
        assertThat(q.blocking()).isBetween(0.0, 1.0);
        assertThat(q.meanWaiting()).isBetween(0.0, (double) queue);
        assertThat(q.waitS()).isFinite().isGreaterThanOrEqualTo(0);
        if (rho > 1) {
            assertThat(q.blocking()).isGreaterThanOrEqualTo(1 - 1 / rho - 1e-9);
        }
    }
}
