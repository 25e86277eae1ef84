package org.nettwin.sim.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.FlowResult;
import org.nettwin.sim.result.LinkMetric;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.sim.spi.ProgressListener;
import org.nettwin.sim.spi.RunSettings;

/**
 * The per-packet semantics of spec/scenario-format.md on small deterministic scenarios whose every figure is worked
 * out by hand in the comments (times in ms unless said otherwise).
 */
class PacketModelTest {

    static SimulationResult run(Scenario scenario, int replications) {
        return new PacketSimulator().run(scenario, new RunSettings(replications, 1, 2, ProgressListener.SILENT));
    }

    static FlowResult flow(SimulationResult result, String id) {
        return result.flow(id).orElseThrow();
    }

    @Test
    void aLonePacketTakesSerialisationPlusPropagationOnEveryHop() {
        // 1000 B: 8 us on 1 Gb/s + 0.1 ms, then 0.8 ms on 10 Mb/s + 1 ms = 1.908 ms; one packet every 8 ms.
        Scenario s = ScenarioBuilder.named("two-hops").nodes("S", "R", "D").link("sr", "S", "R", 1e9, 0.0001)
                .link("rd", "R", "D", 1e7, 0.001).cbr("f", "S", "D", 0, 1, 1000, 1e6).run(10, 1).build();

        SimulationResult r = run(s, 1);

        FlowResult f = flow(r, "f");
        assertThat(f.mean(FlowMetric.TX_PACKETS)).isEqualTo(125); // k * 8 ms < 1 s
        assertThat(f.mean(FlowMetric.RX_PACKETS)).isEqualTo(125);
        assertThat(f.mean(FlowMetric.MEAN_DELAY_S)).isCloseTo(0.001908, within(1e-12));
        assertThat(f.mean(FlowMetric.P50_DELAY_S)).isCloseTo(0.001908, within(1e-12));
        assertThat(f.mean(FlowMetric.P99_DELAY_S)).isCloseTo(0.001908, within(1e-12));
        assertThat(f.mean(FlowMetric.MEAN_JITTER_S)).isZero();
        assertThat(f.mean(FlowMetric.THROUGHPUT_BPS)).isCloseTo(125 * 8000 / (0.992 + 0.001908), within(1e-6));
        assertThat(r.link("rd", "R").orElseThrow().mean(LinkMetric.UTILISATION)).isCloseTo(125 * 0.0008 / 10, within(1e-12));
        assertThat(r.link("rd", "R").orElseThrow().mean(LinkMetric.MEAN_QUEUE_PACKETS)).isZero();
        assertThat(r.links()).hasSize(2); // the idle directions are left out
        assertThat(r.eventsExecuted()).isEqualTo(125 * 3); // one send and two arrivals per packet
    }

    @Test
    void cbrRoundsEveryGapToTheNanosecondAndSendsNothingAtOrAfterStop() {
        // gap = 8000 / 6e6 s = 1333333.3 ns -> 1333333 ns; k * 1333333 < 1e9 for k = 0..750: 751 packets, as ns-3 sends
        // 45001 (not 45000) in 60 s in s2-diamond.
        Scenario s = ScenarioBuilder.named("cbr").nodes("S", "D").link("sd", "S", "D", 1e9, 0)
                .cbr("f", "S", "D", 0, 1, 1000, 6e6).build();

        assertThat(flow(run(s, 1), "f").mean(FlowMetric.TX_PACKETS)).isEqualTo(751);
    }

    @Test
    void theQueueHoldsQueuePacketsWaitingBesidesTheOneBeingSent() {
        // A packet every 1 ms, 2 ms to send, 3 waiting places. Arrivals 0..6 are admitted (at t = 5 the waiting ones
        // start at 6, 8, 10; at t = 6 the one starting at 6 is being sent, so two wait). From t = 7 three wait at every
        // odd arrival: 7, 9, ..., 99 are dropped (47), every even one is admitted (53 delivered).
        Scenario s = ScenarioBuilder.named("queue").nodes("S", "D").link("sd", "S", "D", 4e6, 0, 3, 1)
                .cbr("f", "S", "D", 0, 0.1, 1000, 8e6).run(1, 0.5).build();

        SimulationResult r = run(s, 1);

        assertThat(flow(r, "f").mean(FlowMetric.TX_PACKETS)).isEqualTo(100);
        assertThat(flow(r, "f").mean(FlowMetric.RX_PACKETS)).isEqualTo(53);
        assertThat(flow(r, "f").mean(FlowMetric.LOST_PACKETS)).isEqualTo(47);
        assertThat(r.link("sd", "S").orElseThrow().mean(LinkMetric.DROPPED_PACKETS)).isEqualTo(47);
    }

    @Test
    void aQueueOfZeroHoldsOnlyThePacketBeingSent() {
        // Same arrivals; every packet that finds the transmitter busy is dropped: 0, 2, 4, ... get through.
        Scenario s = ScenarioBuilder.named("queue0").nodes("S", "D").link("sd", "S", "D", 4e6, 0, 0, 1)
                .cbr("f", "S", "D", 0, 0.1, 1000, 8e6).run(1, 0.5).build();

        assertThat(flow(run(s, 1), "f").mean(FlowMetric.RX_PACKETS)).isEqualTo(50);
    }

    @Test
    void aFailureLosesThePacketsWaitingAndBeingSentAndClipsBusyTimeAndQueueArea() {
        // The queue above fails at 50.5 ms. Then: being sent the packet that started at 50 (admitted at 44), waiting
        // those starting at 52, 54, 56 (admitted at 46, 48, 50): 4 lost. Delivered: starts 0, 2, ..., 48 = 25. Dropped
        // by the full queue before: 7, 9, ..., 49 = 22. Afterwards there is no route: 51..99 are sent and lost.
        // Busy 25 * 2 + 0.5 = 50.5 ms of the 1 s duration. Waiting area (ms): arrivals 0..5 wait 0+1+2+3+4+5, the even
        // arrivals 6..44 wait 6 each (120), 46/48/50 wait until the failure: 4.5 + 2.5 + 0.5; 142.5 ms over 1.5 s.
        Scenario s = ScenarioBuilder.named("fail").nodes("S", "D").link("sd", "S", "D", 4e6, 0, 3, 1)
                .cbr("f", "S", "D", 0, 0.1, 1000, 8e6).linkDown(0.0505, "sd").run(1, 0.5).build();

        SimulationResult r = run(s, 1);

        assertThat(flow(r, "f").mean(FlowMetric.TX_PACKETS)).isEqualTo(100);
        assertThat(flow(r, "f").mean(FlowMetric.RX_PACKETS)).isEqualTo(25);
        var link = r.link("sd", "S").orElseThrow();
        assertThat(link.mean(LinkMetric.DROPPED_PACKETS)).isEqualTo(22 + 4);
        assertThat(link.mean(LinkMetric.UTILISATION)).isCloseTo(0.0505, within(1e-12));
        assertThat(link.mean(LinkMetric.MEAN_QUEUE_PACKETS)).isCloseTo(142.5 / 1500, within(1e-12));
    }

    /** A-B-D (metric 2) is preferred to A-C-D (metric 4); every link 100 Mb/s, so 1000 B take 80 us per hop. */
    static ScenarioBuilder diamond() {
        return ScenarioBuilder.named("diamond").nodes("A", "B", "C", "D").link("ab", "A", "B", 1e8, 0.0005)
                .link("bd", "B", "D", 1e8, 0.003).link("ac", "A", "C", 1e8, 0.001, 1000, 2)
                .link("cd", "C", "D", 1e8, 0.004, 1000, 2).run(20, 1);
    }

    @Test
    void aLinkFailureReroutesAtOnceLosesWhatIsOnTheLinkAndARepairRestoresTheRoute() {
        // Packet k leaves A at k ms, reaches B at k + 0.58 and D at k + 3.66 via B (k + 5.16 via C). When bd fails at
        // 5000 ms, packets 4997..4999 are on it: lost. Packets 5000..9999 go via C (the failure runs before packet
        // 5000's send, both at 5000 ms), 10000.. via B again.
        Scenario s = diamond().cbr("f", "A", "D", 0, 20, 1000, 8e6).linkDown(5, "bd").linkUp(10, "bd").build();

        SimulationResult r = run(s, 1);

        FlowResult f = flow(r, "f");
        assertThat(f.mean(FlowMetric.TX_PACKETS)).isEqualTo(20_000);
        assertThat(f.mean(FlowMetric.LOST_PACKETS)).isEqualTo(3);
        assertThat(r.link("bd", "B").orElseThrow().mean(LinkMetric.DROPPED_PACKETS)).isEqualTo(3);
        assertThat(r.link("ac", "A").orElseThrow().mean(LinkMetric.UTILISATION)).isCloseTo(5000 * 80e-6 / 20, within(1e-12));
        assertThat(r.link("cd", "C").orElseThrow().mean(LinkMetric.UTILISATION)).isCloseTo(5000 * 80e-6 / 20, within(1e-12));
        assertThat(r.link("ab", "A").orElseThrow().mean(LinkMetric.UTILISATION)).isCloseTo(15000 * 80e-6 / 20, within(1e-12));
        assertThat(f.mean(FlowMetric.MEAN_DELAY_S)).isCloseTo((14_997 * 3.66e-3 + 5000 * 5.16e-3) / 19_997, within(1e-12));
    }

    @Test
    void aLinkDownAtTheStartIsRoutedAround() {
        Scenario s = diamond().cbr("f", "A", "D", 0, 1, 1000, 8e6).linkDown(0, "bd").build();

        SimulationResult r = run(s, 1);

        assertThat(flow(r, "f").mean(FlowMetric.MEAN_DELAY_S)).isCloseTo(5.16e-3, within(1e-12));
        assertThat(flow(r, "f").mean(FlowMetric.LOST_PACKETS)).isZero();
        assertThat(r.link("ab", "A")).isEmpty();
    }

    @Test
    void aNodeFailureTakesItsLinksDownAndItsOwnSourcesSendIntoNothing() {
        // As above for the transit flow (3 lost on bd). Flow g leaves B every 10 ms; the 500 packets it sends while B
        // is down (5000 <= k * 10 < 10000) are counted as sent and lost; none of its packets is on bd at 5000 ms.
        Scenario s = diamond().cbr("f", "A", "D", 0, 20, 1000, 8e6).cbr("g", "B", "D", 0, 20, 1000, 8e5)
                .nodeDown(5, "B").nodeUp(10, "B").build();

        SimulationResult r = run(s, 1);

        assertThat(flow(r, "f").mean(FlowMetric.LOST_PACKETS)).isEqualTo(3);
        assertThat(flow(r, "g").mean(FlowMetric.TX_PACKETS)).isEqualTo(2000);
        assertThat(flow(r, "g").mean(FlowMetric.LOST_PACKETS)).isEqualTo(500);
        assertThat(r.link("ac", "A").orElseThrow().mean(LinkMetric.UTILISATION)).isCloseTo(5000 * 80e-6 / 20, within(1e-12));
    }

    @Test
    void aPacketThatReachesANodeWithoutARouteIsLost() {
        // A-B-C in a line, bc fails for good at 5000 ms. Packet k reaches B at k + 2.58 and C at k + 5.66: 4995
        // packets arrive before; 4995..4997 are on bc (lost there), 4998 and 4999 are on ab and find no route at B.
        Scenario s = ScenarioBuilder.named("line").nodes("A", "B", "C").link("ab", "A", "B", 1e8, 0.0025)
                .link("bc", "B", "C", 1e8, 0.003).cbr("f", "A", "C", 0, 10, 1000, 8e6).linkDown(5, "bc").run(10, 1)
                .build();

        SimulationResult r = run(s, 1);

        assertThat(flow(r, "f").mean(FlowMetric.TX_PACKETS)).isEqualTo(10_000);
        assertThat(flow(r, "f").mean(FlowMetric.RX_PACKETS)).isEqualTo(4995);
        assertThat(r.link("bc", "B").orElseThrow().mean(LinkMetric.DROPPED_PACKETS)).isEqualTo(3);
        assertThat(r.link("ab", "A").orElseThrow().mean(LinkMetric.UTILISATION)).isCloseTo(5000 * 80e-6 / 10, within(1e-12));
    }

    @Test
    void doublingACbrRateDoublesWhatItSendsAfterwards() {
        // One packet per ms: 5000 in [0, 5 s); the next is due one new gap (0.5 ms) after the last (4999 ms), so it is
        // sent at once (5000 ms) and then every 0.5 ms: 10000 in [5 s, 10 s).
        Scenario s = ScenarioBuilder.named("scale").nodes("S", "D").link("sd", "S", "D", 1e9, 0)
                .cbr("f", "S", "D", 0, 10, 1000, 8e6).cbr("g", "S", "D", 0, 10, 1000, 8e6).scale(5, 2, "f").build();

        SimulationResult r = run(s, 1);

        assertThat(flow(r, "f").mean(FlowMetric.TX_PACKETS)).isEqualTo(5000 + 2 * 5000);
        assertThat(flow(r, "g").mean(FlowMetric.TX_PACKETS)).isEqualTo(10_000);
    }

    @Test
    void scalingCompoundsAndAppliesToAllFlowsWithoutAList() {
        // x2 at 2 s, x2 again at 4 s (all flows), x0.25 at 6 s: 2000 + 4000 + 8000 + 4 * 1000 packets.
        Scenario s = ScenarioBuilder.named("compound").nodes("S", "D").link("sd", "S", "D", 1e9, 0)
                .cbr("f", "S", "D", 0, 10, 1000, 8e6).scale(2, 2).scale(4, 2).scale(6, 0.25).build();

        assertThat(flow(run(s, 1), "f").mean(FlowMetric.TX_PACKETS)).isEqualTo(2000 + 4000 + 8000 + 4000);
    }

    @Test
    void doublingAPoissonRateDoublesWhatItSendsAfterwardsOnAverage() {
        // 1000 packets/s for 5 s, then 2000/s for 5 s: 15000 on average; over 20 replications the mean has a standard
        // deviation of sqrt(15000 / 20) = 27 packets.
        Scenario s = ScenarioBuilder.named("scale-poisson").nodes("S", "D").link("sd", "S", "D", 1e9, 0)
                .poisson("f", "S", "D", 0, 10, org.nettwin.model.scenario.SizeDistribution.FIXED, 1000, 8e6)
                .scale(5, 2, "f").build();

        assertThat(flow(run(s, 20), "f").mean(FlowMetric.TX_PACKETS)).isCloseTo(15_000, within(4 * 27.4));
    }
}
