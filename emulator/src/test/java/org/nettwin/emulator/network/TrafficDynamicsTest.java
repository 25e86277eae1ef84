package org.nettwin.emulator.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nettwin.emulator.fault.Fault;
import org.nettwin.emulator.traffic.TrafficProfile;
import org.nettwin.emulator.truth.DirectionTruth;
import org.nettwin.emulator.truth.TruthSecond;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.traffic.OdPair;
import org.nettwin.model.traffic.TrafficMatrixSeries;
import org.nettwin.testkit.time.ManualClock;

class TrafficDynamicsTest {

    @Test
    void theBusiestDirectionPeaksNearTheTargetUtilisation() {
        ManualClock clock = new ManualClock();
        TrafficProfile quiet = TrafficProfile.DEFAULTS.steady().withTargetPeakUtilisation(0.6);
        EmulatedNetwork net = EmulatedNetwork.of(Nets.ring(40), EmulatorSettings.DEFAULTS.withTraffic(quiet), clock);
        Nets.advance(net, clock, Duration.ofSeconds(2));
        double max = 0;
        for (DirectionTruth d : net.truth().latest().orElseThrow().directions()) {
            max = Math.max(max, d.carried().bitsPerSecond() / 10e9);
        }
        assertThat(max).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void overloadNeverCarriesMoreThanCapacityAndDropsTheRest() {
        ManualClock clock = new ManualClock();
        EmulatedNetwork net = EmulatedNetwork.of(Nets.ring(30), EmulatorSettings.DEFAULTS, clock);
        net.inject(new Fault.Surge(Set.of(NodeId.of("n0"), NodeId.of("n7")), Set.of(), List.of(), 8,
                Duration.ofMinutes(5)));
        Nets.advance(net, clock, Duration.ofSeconds(5));
        TruthSecond second = net.truth().latest().orElseThrow();
        int overloaded = 0;
        for (DirectionTruth d : second.directions()) {
            assertThat(d.carried().bitsPerSecond()).isLessThanOrEqualTo(10e9 * (1 + 1e-12));
            assertThat(d.carried().bitsPerSecond()).isLessThanOrEqualTo(d.offered().bitsPerSecond() * (1 + 1e-12));
            if (d.offered().bitsPerSecond() > 10e9) {
                overloaded++;
                assertThat(d.carried().bitsPerSecond()).isCloseTo(10e9, within(1e3));
            }
        }
        assertThat(overloaded).isPositive();
        double[] demand = second.demandBps();
        double[] delivered = second.deliveredBps();
        double in = 0;
        for (int p = 0; p < demand.length; p++) {
            assertThat(delivered[p]).isLessThanOrEqualTo(demand[p] * (1 + 1e-9));
            in += delivered[p];
        }
        double total = java.util.Arrays.stream(demand).sum();
        assertThat(in).isLessThan(total);
    }

    @Test
    void replaysATrafficMatrixSeriesOneMatrixPerInterval() {
        List<NodeId> nodes = List.of(NodeId.of("h1"), NodeId.of("h2"));
        List<OdPair> pairs = List.of(OdPair.of("h1", "h2"), OdPair.of("h2", "h1"));
        LocalDateTime t0 = LocalDateTime.of(2004, 3, 1, 0, 0);
        TrafficMatrixSeries series = TrafficMatrixSeries.of(nodes, pairs, List.of(t0, t0.plusMinutes(5)),
                new double[][] {{1e9, 2e9}, {3e9, Double.NaN}});
        ManualClock clock = new ManualClock();
        EmulatorSettings settings = Nets.steady();
        EmulatedNetwork net = EmulatedNetwork.of(Nets.triangle(), settings, clock, series, Duration.ofSeconds(2));
        Nets.advance(net, clock, Duration.ofSeconds(1));
        assertThat(Nets.carried(net, "L2", "r1")).isCloseTo(1e9, within(1.0));
        assertThat(Nets.carried(net, "L2", "r2")).isCloseTo(2e9, within(1.0));
        Nets.advance(net, clock, Duration.ofSeconds(2));
        assertThat(Nets.carried(net, "L2", "r1")).isCloseTo(3e9, within(1.0));
        assertThat(Nets.carried(net, "L2", "r2")).isZero();
        Nets.advance(net, clock, Duration.ofSeconds(2));
        assertThat(Nets.carried(net, "L2", "r1")).isCloseTo(1e9, within(1.0));
    }

    @Test
    void refusesAReplayNamingNodesTheTopologyLacks() {
        List<OdPair> pairs = List.of(OdPair.of("h1", "zz"));
        TrafficMatrixSeries series = TrafficMatrixSeries.of(List.of(NodeId.of("h1"), NodeId.of("zz")), pairs,
                List.of(LocalDateTime.of(2004, 3, 1, 0, 0)), new double[][] {{1e9}});
        assertThatThrownBy(() -> EmulatedNetwork.of(Nets.triangle(), Nets.steady(), new ManualClock(), series,
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zz");
    }

    @Test
    void theDiurnalCycleAndBurstsMoveTheOfferedTraffic() {
        ManualClock clock = new ManualClock();
        TrafficProfile compressed = TrafficProfile.DEFAULTS.withNoiseCv(0).withBursts(0, 1, Duration.ZERO)
                .withDiurnal(0.5, Duration.ofSeconds(40));
        EmulatedNetwork net = EmulatedNetwork.of(Nets.triangle(), EmulatorSettings.DEFAULTS.withTraffic(compressed),
                clock);
        Nets.advance(net, clock, Duration.ofSeconds(10));
        double peak = Nets.carried(net, "L2", "r1");
        Nets.advance(net, clock, Duration.ofSeconds(20));
        double trough = Nets.carried(net, "L2", "r1");
        assertThat(peak / trough).isCloseTo(3.0, within(0.1));
    }
}
