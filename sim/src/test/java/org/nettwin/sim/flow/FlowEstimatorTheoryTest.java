package org.nettwin.sim.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.nettwin.sim.flow.TestScenarios.chain;
import static org.nettwin.sim.flow.TestScenarios.delay;
import static org.nettwin.sim.flow.TestScenarios.estimate;
import static org.nettwin.sim.flow.TestScenarios.flow;
import static org.nettwin.sim.flow.TestScenarios.lossRatio;
import static org.nettwin.sim.flow.TestScenarios.poisson;
import static org.nettwin.sim.flow.TestScenarios.scenario;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nettwin.model.scenario.Arrival;
import org.nettwin.model.scenario.SizeDistribution;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.SimulationResult;

/**
 * The estimator against queueing theory on one link (plus an access link, as in the ns-3 anchors): these check that
 * the code implements the formulas, not that the formulas describe a network.
 */
class FlowEstimatorTheoryTest {

    private static final double PROP = TestScenarios.DELAY_S;
    private static final double ACCESS = 1e9;
    private static final double BOTTLENECK = 1e7;

    /** Access hop: serialisation + propagation + its (tiny) M/G/1 wait. */
    private static double accessHop(double rateBps, double meanBits, double secondBits) {
        double lambda = rateBps / 8000;
        return meanBits / ACCESS + PROP + Queueing.mg1Wait(lambda, meanBits / ACCESS, secondBits / (ACCESS * ACCESS));
    }

    @ParameterizedTest(name = "rho = {0}")
    @ValueSource(doubles = {0.1, 0.5, 0.8, 0.9, 0.95})
    void fixedSizesGiveTheMd1MeanDelay(double rho) {
        double rate = rho * BOTTLENECK;
        SimulationResult r = estimate(scenario(chain(100_000, ACCESS, BOTTLENECK), poisson("0", 0, 2, 1000, rate)));
        double s = 8000 / BOTTLENECK;
        double expected = accessHop(rate, 8000, 64e6) + s + PROP + Queueing.md1Wait(rate / 8000, s);
        assertThat(delay(r, "0")).isCloseTo(expected, within(1e-12));
        assertThat(lossRatio(r, "0")).isZero();
    }

    @ParameterizedTest(name = "rho = {0}")
    @ValueSource(doubles = {0.1, 0.5, 0.8, 0.9, 0.95})
    void exponentialSizesGiveTheMm1MeanDelay(double rho) {
        double rate = rho * BOTTLENECK;
        SimulationResult r = estimate(scenario(chain(100_000, ACCESS, BOTTLENECK),
                flow("0", 0, 2, Arrival.POISSON, SizeDistribution.EXPONENTIAL, 1000, rate)));
        SizeMoments m = SizeMoments.of(SizeDistribution.EXPONENTIAL, 1000);
        double lambda = rate / 8000;
        double s = m.meanBits() / BOTTLENECK;
        double exact = accessHop(rate, m.meanBits(), m.secondBits()) + s + PROP
                + Queueing.mg1Wait(lambda, s, m.secondBits() / (BOTTLENECK * BOTTLENECK));
        assertThat(delay(r, "0")).isCloseTo(exact, within(1e-12));
        // The [31, 65000]-byte clamp makes E[S^2] / E[S]^2 = 1.998 instead of 2: the M/M/1 sojourn (with the
        // clamped mean) is within 0.1 %.
        double textbook = m.meanBits() / ACCESS + 2 * PROP + Queueing.mm1Sojourn(lambda, s);
        assertThat(delay(r, "0")).isCloseTo(textbook, Percentage.withPercentage(0.1));
    }

    @Test
    void mixedSizesSharingALinkGiveThePollaczekKhinchineWait() {
        SimulationResult r = estimate(scenario(chain(100_000, BOTTLENECK),
                poisson("small", 0, 1, 500, 3e6), poisson("large", 0, 1, 1500, 5e6)));
        double l1 = 3e6 / 4000;
        double l2 = 5e6 / 12000;
        double s1 = 4000 / BOTTLENECK;
        double s2 = 12000 / BOTTLENECK;
        double wait = (l1 * s1 * s1 + l2 * s2 * s2) / (2 * (1 - 0.8));
        assertThat(delay(r, "small")).isCloseTo(wait + s1 + PROP, within(1e-12));
        assertThat(delay(r, "large")).isCloseTo(wait + s2 + PROP, within(1e-12));
    }

    @ParameterizedTest(name = "rho = {0}, K = {1}")
    @org.junit.jupiter.params.provider.CsvSource({"0.5,3", "0.9,10", "1.0,20", "1.3,50", "3.0,5"})
    void exponentialSizesLoseWhatMm1kLoses(double rho, int queue) {
        SimulationResult r = estimate(scenario(chain(queue, BOTTLENECK),
                flow("0", 0, 1, Arrival.POISSON, SizeDistribution.EXPONENTIAL, 1000, rho * BOTTLENECK)));
        SizeMoments m = SizeMoments.of(SizeDistribution.EXPONENTIAL, 1000);
        double offered = rho * m.meanBits() / 8000;
        // K' = queue_packets + 1 in system; the size clamp makes the service not quite exponential (v = 0.999).
        assertThat(lossRatio(r, "0")).isCloseTo(Queueing.mm1kBlocking(offered, queue + 1), Percentage.withPercentage(0.5));
    }

    @Test
    void overloadGivesAFiniteDelayAndLosesTheExcess() {
        SimulationResult r = estimate(scenario(chain(100, BOTTLENECK), poisson("0", 0, 1, 1000, 1.5 * BOTTLENECK)));
        assertThat(lossRatio(r, "0")).isCloseTo(1 / 3.0, within(1e-6));
        assertThat(delay(r, "0")).isFinite().isBetween(PROP + 0.8e-3 * 90, PROP + 0.8e-3 * 101);
        assertThat(r.flow("0").orElseThrow().mean(FlowMetric.THROUGHPUT_BPS)).isCloseTo(BOTTLENECK,
                Percentage.withPercentage(0.5));
    }

    @Test
    void aCbrFlowAloneOnItsPathNeverWaitsAndHasAConstantDelay() {
        SimulationResult r = estimate(scenario(chain(100, ACCESS, BOTTLENECK),
                flow("0", 0, 2, Arrival.CBR, SizeDistribution.FIXED, 1000, 0.99 * BOTTLENECK)));
        double expected = 8000 / ACCESS + 8000 / BOTTLENECK + 2 * PROP;
        var f = r.flow("0").orElseThrow();
        assertThat(delay(r, "0")).isCloseTo(expected, within(1e-15));
        assertThat(f.mean(FlowMetric.P50_DELAY_S)).isEqualTo(f.mean(FlowMetric.MEAN_DELAY_S));
        assertThat(f.mean(FlowMetric.P99_DELAY_S)).isEqualTo(f.mean(FlowMetric.MEAN_DELAY_S));
        assertThat(f.mean(FlowMetric.MEAN_JITTER_S)).isZero();
    }

    @Test
    void anOverloadedCbrFlowFillsTheQueue() {
        SimulationResult r = estimate(scenario(chain(100, BOTTLENECK),
                flow("0", 0, 1, Arrival.CBR, SizeDistribution.FIXED, 1000, 1.25 * BOTTLENECK)));
        assertThat(lossRatio(r, "0")).isCloseTo(0.2, within(1e-12));
        assertThat(delay(r, "0")).isCloseTo(101 * 0.8e-3 + PROP, within(1e-12));
    }

    @Test
    void aSingleMm1HopHasExponentialPercentiles() {
        double rate = 0.7 * BOTTLENECK;
        SimulationResult r = estimate(scenario(chain(100_000, BOTTLENECK),
                flow("0", 0, 1, Arrival.POISSON, SizeDistribution.EXPONENTIAL, 1000, rate)));
        SizeMoments m = SizeMoments.of(SizeDistribution.EXPONENTIAL, 1000);
        double s = m.meanBits() / BOTTLENECK;
        double decay = (1 - rate / 8000 * s) / s;
        var f = r.flow("0").orElseThrow();
        assertThat(f.mean(FlowMetric.P50_DELAY_S)).isCloseTo(PROP + Math.log(2) / decay, within(1e-12));
        assertThat(f.mean(FlowMetric.P99_DELAY_S)).isCloseTo(PROP + Math.log(100) / decay, within(1e-12));
        assertThat(f.mean(FlowMetric.MEAN_DELAY_S)).isCloseTo(PROP + 1 / decay, Percentage.withPercentage(0.1));
        assertThat(f.value(FlowMetric.MEAN_JITTER_S)).isEmpty();
    }

    @Test
    void percentilesAreLeftOutWhereNoFormulaIsExact() {
        SimulationResult r = estimate(scenario(chain(100_000, BOTTLENECK, BOTTLENECK), poisson("0", 0, 2, 1000, 5e6)));
        assertThat(r.flow("0").orElseThrow().value(FlowMetric.P50_DELAY_S)).isEmpty();
        assertThat(r.flow("0").orElseThrow().value(FlowMetric.P99_DELAY_S)).isEmpty();
    }

    @Test
    void withoutTheTrainCorrectionHopsAddUpIndependently() {
        double rate = 0.8 * BOTTLENECK;
        var s = scenario(chain(100_000, BOTTLENECK, BOTTLENECK), poisson("0", 0, 2, 1000, rate));
        SimulationResult r = new FlowEstimator(FlowEstimatorSettings.DEFAULTS.withTrains(false))
                .run(s, org.nettwin.sim.spi.RunSettings.of(s).withThreads(1));
        double service = 0.8e-3;
        assertThat(delay(r, "0")).isCloseTo(2 * (service + PROP + Queueing.md1Wait(rate / 8000, service)), within(1e-12));
    }

    @Test
    void equalPacketsThatQueuedOnceDoNotQueueAgainAtAnEquallyFastHop() {
        double rate = 0.8 * BOTTLENECK;
        SimulationResult r = estimate(scenario(chain(100_000, BOTTLENECK, BOTTLENECK), poisson("0", 0, 2, 1000, rate)));
        double service = 0.8e-3;
        assertThat(delay(r, "0")).isCloseTo(2 * (service + PROP) + Queueing.md1Wait(rate / 8000, service), within(1e-12));
    }

    @Test
    void packetsFromAFasterLinkStillQueueAtASlowerOne() {
        double rate = 0.8 * BOTTLENECK;
        SimulationResult r = estimate(scenario(chain(100_000, 2 * BOTTLENECK, BOTTLENECK),
                poisson("0", 0, 2, 1000, rate)));
        double service = 0.8e-3;
        assertThat(delay(r, "0")).isCloseTo(service / 2 + Queueing.md1Wait(rate / 8000, service / 2) + service
                + Queueing.md1Wait(rate / 8000, service) + 2 * PROP, within(1e-12));
    }
}
