package org.nettwin.sim.packet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.scenario.SizeDistribution;
import org.nettwin.sim.result.Estimate;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.FlowResult;
import org.nettwin.sim.result.LinkMetric;
import org.nettwin.sim.result.SimulationResult;

/**
 * The simulator against queueing theory on a single bottleneck fed by one Poisson source: mean delay against the
 * Pollaczek-Khinchine formula (M/D/1, and M/G/1 with the exact moments of the format's rounded and clamped
 * exponential sizes, which is M/M/1 to within 0.05 %), and loss against M/M/1/K. Each run is long enough (millions
 * of packets) that the estimate's own 95 % half-width, asserted too, is a fraction of the tolerance; an error of one
 * packet in the queue limit or a missing serialisation moves the answer far outside it.
 */
class QueueingTheoryTest {

    private static final double BOTTLENECK_BPS = 1e7;

    /** M/D/1 through the s1 anchors' 1 Gb/s access link: 8 us + 0.1 ms + wait + service + 1 ms. */
    @Test
    void md1MeanDelayIncludingTheAccessLink() {
        double rho = 0.8;
        Scenario s = ScenarioBuilder.named("md1").nodes("S", "R", "D").link("access", "S", "R", 1e9, 0.0001, 100_000, 1)
                .link("bottleneck", "R", "D", BOTTLENECK_BPS, 0.001, 100_000, 1)
                .poisson("f", "S", "D", 0, 100, SizeDistribution.FIXED, 1000, rho * BOTTLENECK_BPS).run(100, 1).build();
        double service = 1000 * 8 / BOTTLENECK_BPS;
        double expected = 8e-6 + 0.0001 + service + rho * service / (2 * (1 - rho)) + 0.001;

        SimulationResult r = PacketModelTest.run(s, 40);

        assertMeanWithin(PacketModelTest.flow(r, "f").value(FlowMetric.MEAN_DELAY_S).orElseThrow(), expected, 0.01);
        // Little: Lq = rho^2 / (2 (1 - rho)) waiting packets while traffic flows (100 s), averaged over the 101 s run.
        var bottleneck = r.link("bottleneck", "R").orElseThrow();
        assertThat(bottleneck.mean(LinkMetric.MEAN_QUEUE_PACKETS)).isCloseTo(rho * rho / (2 * (1 - rho)) * 100 / 101,
                org.assertj.core.data.Percentage.withPercentage(1.5));
        assertThat(bottleneck.mean(LinkMetric.UTILISATION)).isCloseTo(rho,
                org.assertj.core.data.Percentage.withPercentage(0.5));
        assertThat(r.link("access", "S").orElseThrow().mean(LinkMetric.MEAN_QUEUE_PACKETS)).isLessThan(1e-4);
    }

    /** M/M/1 (exponential sizes), source attached straight to the bottleneck: delay = sojourn + 1 ms. */
    @Test
    void mm1MeanDelayFollowsPollaczekKhinchineWithTheExactSizeMoments() {
        double rho = 0.7;
        Scenario s = ScenarioBuilder.named("mm1").nodes("S", "D").link("bottleneck", "S", "D", BOTTLENECK_BPS, 0.001,
                        1_000_000, 1)
                .poisson("f", "S", "D", 0, 100, SizeDistribution.EXPONENTIAL, 1000, rho * BOTTLENECK_BPS).run(100, 5)
                .build();
        double lambda = rho * BOTTLENECK_BPS / 8000;
        double es = ClampedExponentialSizes.mean(1000) * 8 / BOTTLENECK_BPS;
        double es2 = ClampedExponentialSizes.secondMoment(1000) * 64 / (BOTTLENECK_BPS * BOTTLENECK_BPS);
        double expected = es + lambda * es2 / (2 * (1 - lambda * es)) + 0.001;

        SimulationResult r = PacketModelTest.run(s, 80);

        assertMeanWithin(PacketModelTest.flow(r, "f").value(FlowMetric.MEAN_DELAY_S).orElseThrow(), expected, 0.01);
        // The busy fraction is the offered load: rho * E[size] / 1000 over the 100 s of traffic.
        assertThat(r.link("bottleneck", "S").orElseThrow().mean(LinkMetric.UTILISATION))
                .isCloseTo(lambda * es, org.assertj.core.data.Percentage.withPercentage(0.5));
    }

    /**
     * M/M/1/K loss: queue 10 waiting + 1 in service = K' = 11 places; P = (1 - rho) rho^K' / (1 - rho^(K'+1)). With
     * rho = 0.8 one place more or less moves P by 20 %, four times the tolerance.
     */
    @Test
    void mm1kLossProbability() {
        int queue = 10;
        double offered = 0.8;
        Scenario s = ScenarioBuilder.named("mm1k").nodes("S", "D").link("bottleneck", "S", "D", BOTTLENECK_BPS, 0, queue, 1)
                .poisson("f", "S", "D", 0, 100, SizeDistribution.EXPONENTIAL, 1000, offered * BOTTLENECK_BPS).run(100, 1)
                .build();
        double rho = offered * ClampedExponentialSizes.mean(1000) / 1000;
        double expected = mm1kLoss(rho, queue + 1);
        assertThat(mm1kLoss(rho, queue) / expected).isGreaterThan(1.2);
        assertThat(mm1kLoss(rho, queue + 2) / expected).isLessThan(0.85);

        SimulationResult r = PacketModelTest.run(s, 40);

        FlowResult f = PacketModelTest.flow(r, "f");
        double loss = f.mean(FlowMetric.LOST_PACKETS) / f.mean(FlowMetric.TX_PACKETS);
        System.out.printf(java.util.Locale.ROOT, "M/M/1/K loss: theory %.5f, simulated %.5f (%+.2f %%)%n", expected, loss,
                100 * (loss / expected - 1));
        assertThat(loss).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(5));
        double lossCi = f.value(FlowMetric.LOST_PACKETS).orElseThrow().ci95().orElseThrow() / f.mean(FlowMetric.TX_PACKETS);
        assertThat(lossCi / expected).as("statistical error of the loss estimate").isLessThan(0.02);
        assertThat(r.link("bottleneck", "S").orElseThrow().mean(LinkMetric.DROPPED_PACKETS))
                .isEqualTo(f.mean(FlowMetric.LOST_PACKETS));
    }

    static double mm1kLoss(double rho, int places) {
        return (1 - rho) * Math.pow(rho, places) / (1 - Math.pow(rho, places + 1));
    }

    private static void assertMeanWithin(Estimate e, double expected, double relative) {
        System.out.printf(java.util.Locale.ROOT, "theory %.6f s, simulated %.6f +- %.6f s (%+.3f %%)%n", expected, e.mean(),
                e.ci95().orElseThrow(), 100 * (e.mean() / expected - 1));
        assertThat(e.ci95().orElseThrow() / expected).as("statistical error of the estimate").isLessThan(relative / 3);
        assertThat(e.mean()).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(100 * relative));
    }
}
