package org.nettwin.twin.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nettwin.model.routing.LinkLoads;
import org.nettwin.model.routing.LoadComputation;
import org.nettwin.model.routing.RoutingMode;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.GravityModel;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;

/**
 * A 120-node ring with chords (14,280 pairs, many ECMP ties): the estimator stays matrix-free (conjugate gradient on
 * the dual), keeps every rate non-negative, fits the loads it was given and beats its gravity prior on a noisy
 * gravity matrix (only just: the truth is the prior times independent noise, which link loads barely constrain with
 * 570 rows for 14,280 pairs; measured 0.677 vs 0.685).
 */
class LargeNetworkTomogravityTest {

    private static final int NODES = 120;

    private static Topology ringWithChords() {
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            nodes.add(Node.router("n" + i));
            links.add(Link.between("r" + i, "n" + i, "n" + (i + 1) % NODES).build());
            if (i % 4 == 0) {
                links.add(Link.between("c" + i, "n" + i, "n" + (i + NODES / 3) % NODES).build());
            }
        }
        return Topology.of("ring120", nodes, links);
    }

    @Test
    void fitsTheLoadsAndBeatsThePriorOnAHundredAndTwentyNodes() {
        Topology ring = ringWithChords();
        TrafficMatrix truth = GravityModel.byDegree(ring).matrix(DataRate.ofGbps(100), 0.8, new SplittableRandom(7));
        LinkLoads loads = LoadComputation.of(ring).route(truth, RoutingMode.ECMP);
        LinkObservation observation = LinkObservation.of(loads).withTotals(NodeTotals.of(ring, truth));
        TomogravityEstimator estimator = TomogravityEstimator.standard();

        TrafficMatrix estimate = estimator.estimate(ring, observation);

        EstimationError tomogravity = EstimationError.of(estimate, truth);
        EstimationError gravity = EstimationError.of(estimator.prior(ring, observation), truth);
        System.out.printf("ring of %d nodes: tomogravity relative L2 %.3f, gravity %.3f%n", NODES,
                tomogravity.relativeL2(), gravity.relativeL2());
        assertThat(tomogravity.relativeL2()).isLessThan(gravity.relativeL2());
        assertThat(estimate.demands()).allSatisfy(d -> assertThat(d.rate().bitsPerSecond()).isGreaterThanOrEqualTo(0));
        LinkLoads fitted = LoadComputation.of(ring).route(estimate, RoutingMode.ECMP);
        double worst = 0;
        for (var d : loads.directions()) {
            double gap = Math.abs(fitted.load(d.link(), d.from()).orElseThrow().load().bitsPerSecond()
                    - d.load().bitsPerSecond());
            worst = Math.max(worst, gap / Math.max(d.load().bitsPerSecond(), 1));
        }
        System.out.printf("ring of %d nodes: worst relative mismatch of a fitted link load %.2e%n", NODES, worst);
        assertThat(worst).isLessThan(0.05);
    }
}
