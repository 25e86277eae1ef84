package org.nettwin.twin.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nettwin.model.scenario.FailedElements;
import org.nettwin.model.scenario.Flow;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.scenario.ScenarioEvent;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;

class WhatIfScenariosTest {

    private final WhatIfScenarios scenarios = new WhatIfScenarios(WhatIfSettings.DEFAULTS);

    @Test
    void makesOnePoissonFlowPerPairWithTrafficSummingDuplicates() {
        Baseline b = Ring.baseline(Ring.traffic(Ring.mbps("A", "B", 10), new org.nettwin.model.traffic.Demand("x",
                NodeId.of("A"), NodeId.of("B"), org.nettwin.model.units.DataRate.ofMbps(5)), Ring.mbps("B", "C", 0)),
                List.of());
        WhatIfScenarios.Built built = scenarios.build(Ring.request(new Change.FailLink("ab")), b);
        assertThat(built.baseline().flows()).hasSize(1);
        Flow f = built.baseline().flows().get(0);
        assertThat(f.id()).isEqualTo("A->B");
        assertThat(f.rate().bitsPerSecond()).isEqualTo(15e6);
        assertThat(f.stop()).isEqualTo(Duration.ofSeconds(10));
        assertThat(built.whatIf().events()).containsExactly(new ScenarioEvent.LinkDown(Duration.ZERO, LinkId.of("ab")));
        assertThat(built.baseline().events()).isEmpty();
    }

    @Test
    void scalesAllPairsOrOnlyThoseFromAndToANode() {
        Baseline b = Ring.baseline(Ring.traffic(Ring.mbps("A", "B", 10), Ring.mbps("C", "B", 20),
                Ring.mbps("A", "C", 4)), List.of());
        Scenario all = scenarios.build(Ring.request(new Change.ScaleTraffic(2, Optional.empty(), Optional.empty())),
                b).whatIf();
        assertThat(all.flows()).extracting(f -> f.rate().bitsPerSecond()).containsExactly(20e6, 40e6, 8e6);
        Scenario fromA = scenarios.build(Ring.request(new Change.ScaleTraffic(3, Optional.of("A"), Optional.empty()),
                new Change.ScaleTraffic(0.5, Optional.empty(), Optional.of("B"))), b).whatIf();
        assertThat(fromA.flows()).extracting(f -> f.rate().bitsPerSecond()).containsExactly(15e6, 10e6, 12e6);
    }

    @Test
    void refusesChangesNamingUnknownElementsByName() {
        Baseline b = Ring.baseline(Ring.traffic(Ring.mbps("A", "B", 10)), List.of());
        assertThatThrownBy(() -> scenarios.build(Ring.request(new Change.FailLink("zz")), b))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("what-if 'test': fail-link: no link 'zz' in network ring");
        assertThatThrownBy(() -> scenarios.build(Ring.request(new Change.FailNode("Q")), b))
                .hasMessageContaining("fail-node: no node 'Q'");
        assertThatThrownBy(() -> scenarios.build(Ring.request(new Change.SetMetric("zz", 3)), b))
                .hasMessageContaining("set-metric: no link 'zz'");
        assertThatThrownBy(() -> scenarios.build(Ring.request(
                new Change.ScaleTraffic(2, Optional.of("Q"), Optional.empty())), b))
                .hasMessageContaining("scale-traffic: from: no node 'Q'");
    }

    @Test
    void refusesChangesThatMakeNoSenseTogether() {
        Baseline b = Ring.baseline(Ring.traffic(Ring.mbps("A", "B", 10)), List.of());
        assertThatThrownBy(() -> scenarios.build(Ring.request(new Change.FailLink("ab"), new Change.FailLink("ab")), b))
                .hasMessageContaining("link ab is failed twice");
        assertThatThrownBy(() -> scenarios.build(Ring.request(new Change.SetMetric("ab", 5),
                new Change.FailLink("ab")), b)).hasMessageContaining("link ab is also failed by this what-if");
        assertThatThrownBy(() -> scenarios.build(Ring.request(
                new Change.ScaleTraffic(2, Optional.of("A"), Optional.of("A"))), b))
                .hasMessageContaining("from and to are the same node A");
    }

    @Test
    void acceptsFailingAnElementAlreadyDownAndSaysSo() {
        Baseline b = new Baseline(Ring.AT, Ring.topology().withoutLink(LinkId.of("ab")),
                Ring.traffic(Ring.mbps("A", "B", 10)), List.of(), new FailedElements(Set.of(LinkId.of("ab")), Set.of()));
        WhatIfScenarios.Built built = scenarios.build(Ring.request(new Change.FailLink("ab")), b);
        assertThat(built.whatIf().events()).isEmpty();
        assertThat(built.notes()).containsExactly("link ab is already down in the baseline: failing it changes nothing");
    }

    @Test
    void estimatesPacketHopsFromRatesAndPathLengths() {
        Baseline b = Ring.baseline(Ring.traffic(Ring.mbps("A", "B", 8)), List.of());
        WhatIfScenarios.Built built = scenarios.build(Ring.request(new Change.FailLink("ab")), b);
        // 8 Mb/s / 8000 bit = 1000 packets/s, 10 s: 10,000 packets; 1 hop before, 3 hops (A-D-C-B) after
        assertThat(WhatIfScenarios.packetHops(built.baseline())).isCloseTo(10_000, within(1e-6));
        assertThat(WhatIfScenarios.packetHops(built.whatIf())).isCloseTo(30_000, within(1e-6));
        Scenario shorter = WhatIfScenarios.withHorizon(built.whatIf(), Duration.ofSeconds(2));
        assertThat(WhatIfScenarios.packetHops(shorter)).isCloseTo(6_000, within(1e-6));
        assertThat(shorter.simulation().duration()).isEqualTo(Duration.ofSeconds(2));
    }
}
