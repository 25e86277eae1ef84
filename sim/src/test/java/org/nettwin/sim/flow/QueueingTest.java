package org.nettwin.sim.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class QueueingTest {

    @Test
    void md1WaitIsHalfTheMm1Wait() {
        double s = 0.0008;
        double lambda = 0.9 / s;
        assertThat(Queueing.md1Wait(lambda, s)).isCloseTo(0.0036, within(1e-15));
        assertThat(Queueing.mm1Wait(lambda, s)).isCloseTo(0.0072, within(1e-15));
        assertThat(Queueing.mm1Sojourn(lambda, s)).isCloseTo(1 / (1 / s - lambda), within(1e-15));
    }

    @Test
    void mg1RefusesAnOverloadedInfiniteQueue() {
        assertThatThrownBy(() -> Queueing.mg1Wait(2000, 0.0008, 1e-6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mm1kMatchesTheStateProbabilitiesSummedByHand() {
        double rho = 0.8;
        int k = 5;
        double norm = 0;
        double mean = 0;
        for (int n = 0; n <= k; n++) {
            norm += Math.pow(rho, n);
            mean += n * Math.pow(rho, n);
        }
        assertThat(Queueing.mm1kBlocking(rho, k)).isCloseTo(Math.pow(rho, k) / norm, within(1e-14));
        assertThat(Queueing.mm1kIdle(rho, k)).isCloseTo(1 / norm, within(1e-14));
        assertThat(Queueing.mm1kMeanInSystem(rho, k)).isCloseTo(mean / norm, within(1e-13));
    }

    @Test
    void mm1kOverloadedIsFiniteAndLosesTheExcess() {
        assertThat(Queueing.mm1kBlocking(1.25, 1001)).isCloseTo(0.2, within(1e-12));
        assertThat(Queueing.mm1kMeanInSystem(1.25, 1001)).isCloseTo(1001 - 4, within(1e-9));
        assertThat(Queueing.mm1kBlocking(1e6, 10)).isCloseTo(1, within(1e-5));
    }

    @Test
    void mm1kAtCriticalLoadIsUniform() {
        assertThat(Queueing.mm1kBlocking(1, 100)).isCloseTo(1 / 101.0, within(1e-15));
        assertThat(Queueing.mm1kMeanInSystem(1, 100)).isEqualTo(50);
        assertThat(Queueing.mm1kBlocking(1 + 1e-12, 100)).isCloseTo(1 / 101.0, within(1e-9));
    }

    @Test
    void mm1kWithAHugeBufferIsMm1() {
        double rho = 0.9;
        assertThat(Queueing.mm1kMeanInSystem(rho, 1e9)).isCloseTo(rho / (1 - rho), within(1e-12));
        assertThat(Queueing.mm1kMeanWaiting(rho, 1e9)).isCloseTo(rho * rho / (1 - rho), within(1e-12));
        assertThat(Queueing.mm1kBlocking(rho, 1e9)).isZero();
    }

    @Property
    void mm1kIsContinuousAcrossCriticalLoad(@ForAll @IntRange(min = 1, max = 5000) int k) {
        double below = Queueing.mm1kMeanInSystem(1 - 1e-6, k);
        double above = Queueing.mm1kMeanInSystem(1 + 1e-6, k);
        assertThat(Math.abs(below - k / 2.0)).isLessThan(1e-5 * k * k + 1e-6);
        assertThat(Math.abs(above - k / 2.0)).isLessThan(1e-5 * k * k + 1e-6);
    }

    @Property
    void mm1kFiguresAreProbabilitiesAndBoundedCounts(@ForAll @DoubleRange(min = 0, max = 50) double rho,
                                                    @ForAll @DoubleRange(min = 0, max = 1e6) double k) {
        double blocking = Queueing.mm1kBlocking(rho, k);
        double idle = Queueing.mm1kIdle(rho, k);
        double mean = Queueing.mm1kMeanInSystem(rho, k);
        assertThat(blocking).isBetween(0.0, 1.0);
        assertThat(idle).isBetween(0.0, 1.0);
        assertThat(mean).isBetween(-1e-9, k + 1e-9);
        // Carried load = busy probability (flow balance): rho (1 - P_K) = 1 - P_0.
        assertThat(rho * (1 - blocking)).isCloseTo(1 - idle, within(1e-6));
    }
}
