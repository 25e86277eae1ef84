package org.nettwin.sim.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nettwin.model.scenario.Flow;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.sim.spi.RunSettings;

/**
 * The wait at a link where traffic that already queued upstream merges, estimator against a discrete-event
 * reference ({@link TandemReference}): with the train correction within 8 % (plain Kleinrock independence is off by
 * up to 40 % here, and gives the pure tandem a wait it never has).
 */
class TrainCorrectionTest {

    private static final double C = 1e7;
    private static final double SERVICE = 8000 / C;

    /** Sources g0, g1, ... each with a link to m; m - d is the output link; fresh traffic starts at m. */
    private static Scenario merge(double[] groups, double fresh) {
        List<Node> nodes = new ArrayList<>(List.of(Node.router("m"), Node.router("d")));
        List<Link> links = new ArrayList<>(List.of(link("out", "m", "d")));
        List<Flow> flows = new ArrayList<>();
        for (int g = 0; g < groups.length; g++) {
            nodes.add(Node.router("g" + g));
            links.add(link("in" + g, "g" + g, "m"));
            flows.add(flow("g" + g, "g" + g, groups[g]));
        }
        if (fresh > 0) {
            flows.add(flow("fresh", "m", fresh));
        }
        Topology t = Topology.of("merge", nodes, links);
        return new Scenario("merge", "", new org.nettwin.model.scenario.SimulationSettings(Duration.ofSeconds(100),
                Duration.ZERO, 1, 1), t, flows, List.of());
    }

    private static Link link(String id, String a, String b) {
        return Link.between(id, a, b).capacity(DataRate.ofBps(C)).delay(Duration.ZERO).queuePackets(1_000_000).build();
    }

    private static Flow flow(String id, String from, double load) {
        return new Flow(id, org.nettwin.model.topology.NodeId.of(from), org.nettwin.model.topology.NodeId.of("d"),
                Duration.ZERO, Duration.ofSeconds(100), org.nettwin.model.scenario.Arrival.POISSON,
                org.nettwin.model.scenario.SizeDistribution.FIXED, 1000, DataRate.ofBps(load * C));
    }

    /** The estimated wait at the output link: its mean queue over its packet rate (Little). */
    private static double outputWait(Scenario s, boolean trains) {
        SimulationResult r = new FlowEstimator(FlowEstimatorSettings.DEFAULTS.withTrains(trains))
                .run(s, RunSettings.of(s).withThreads(1));
        var out = r.link("out", "m").orElseThrow();
        double queue = out.mean(org.nettwin.sim.result.LinkMetric.MEAN_QUEUE_PACKETS);
        double packetRate = out.mean(org.nettwin.sim.result.LinkMetric.LOAD_BPS) / 8000;
        return queue / packetRate;
    }

    @ParameterizedTest(name = "groups {0} + fresh {1}")
    @CsvSource({"0.8, 0", "0.5, 0.3", "0.3, 0.5", "0.6, 0.2", "0.4 0.4, 0", "0.3 0.3, 0.2", "0.45 0.45, 0",
        "0.2 0.2 0.2 0.2, 0"})
    void mergingWaitIsCloseToTheDiscreteEventReference(String groupList, double fresh) {
        double[] groups = java.util.Arrays.stream(groupList.trim().split(" ")).mapToDouble(Double::parseDouble).toArray();
        double reference = TandemReference.mergedWait(groups, fresh, SERVICE, 400_000, 42);
        double corrected = outputWait(merge(groups, fresh), true);
        double independent = outputWait(merge(groups, fresh), false);
        System.out.printf(java.util.Locale.ROOT, "merge %-16s + fresh %.1f: reference %.3f ms, estimate %.3f ms, "
                + "without train correction %.3f ms%n", groupList, fresh, 1e3 * reference, 1e3 * corrected, 1e3 * independent);
        if (groups.length == 1 && fresh == 0) {
            assertThat(reference).isZero();
            assertThat(corrected).isZero();
            assertThat(independent).isPositive();
            return;
        }
        assertThat(Math.abs(corrected - reference) / reference).as("corrected %.4f ms vs reference %.4f ms",
                1e3 * corrected, 1e3 * reference).isLessThan(0.08);
        assertThat(Math.abs(corrected - reference)).isLessThanOrEqualTo(Math.abs(independent - reference) + 1e-6);
    }
}
