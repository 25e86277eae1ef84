package org.nettwin.emulator.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nettwin.emulator.device.ChangeListener;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.emulator.fault.Fault;
import org.nettwin.emulator.truth.TruthSecond;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.traffic.OdPair;
import org.nettwin.testkit.time.ManualClock;

class RoutingDynamicsTest {

    private static final Duration TWO_SECONDS = Duration.ofSeconds(2);

    private final ManualClock clock = new ManualClock();
    private final EmulatedNetwork net = EmulatedNetwork.of(Nets.triangle(), Nets.steady(), clock);
    private final EmulatedDevice r1 = Nets.device(net, "r1");
    private final EmulatedDevice r2 = Nets.device(net, "r2");

    @Test
    void trafficTakesTheShortWayAtTheTargetUtilisation() {
        Nets.advance(net, clock, TWO_SECONDS);
        assertThat(Nets.carried(net, "L2", "r1")).isCloseTo(5e9, within(1e6));
        assertThat(Nets.carried(net, "L4", "r1")).isZero();
    }

    @Test
    void linkDownTakesBothEndsDownAndReroutes() {
        Nets.advance(net, clock, TWO_SECONDS);
        net.inject(new Fault.LinkDown(LinkId.of("L2")));
        assertThat(Nets.oper(r1, "eth1")).isEqualTo("DOWN");
        assertThat(Nets.oper(r2, "eth0")).isEqualTo("DOWN");
        Nets.advance(net, clock, TWO_SECONDS);
        assertThat(Nets.carried(net, "L2", "r1")).isZero();
        assertThat(Nets.carried(net, "L4", "r1")).isCloseTo(5e9, within(1e6));
        assertThat(Nets.carried(net, "L5", "r3")).isCloseTo(5e9, within(1e6));
        assertThat(net.truth().latest().orElseThrow().unrouted().bitsPerSecond()).isZero();
        net.inject(new Fault.LinkUp(LinkId.of("L2")));
        Nets.advance(net, clock, TWO_SECONDS);
        assertThat(Nets.oper(r1, "eth1")).isEqualTo("UP");
        assertThat(Nets.carried(net, "L2", "r1")).isCloseTo(5e9, within(1e6));
    }

    @Test
    void disablingAnInterfaceTakesTheLinkDownBothWays() throws Exception {
        List<Leaf> heard = new ArrayList<>();
        ChangeListener listener = (leaf, stamp) -> heard.add(leaf);
        try (AutoCloseable handle = r2.onChange(listener)) {
            r1.configure(OpenConfigPaths.iface("eth1", "config/enabled"), new LeafValue.Flag(false));
            assertThat(Nets.leaf(r1, OpenConfigPaths.iface("eth1", "config/enabled"))).isEqualTo(new LeafValue.Flag(false));
            assertThat(Nets.oper(r1, "eth1")).isEqualTo("DOWN");
            assertThat(Nets.oper(r2, "eth0")).isEqualTo("DOWN");
            Nets.advance(net, clock, TWO_SECONDS);
            assertThat(handle).isNotNull();
            assertThat(Nets.carried(net, "L2", "r2")).isZero();
            assertThat(Nets.carried(net, "L5", "r2")).isCloseTo(5e9, within(1e6));
        }
        assertThat(heard).extracting(Leaf::path).contains(OpenConfigPaths.iface("eth0", "state/oper-status"));
    }

    @Test
    void metricChangeMovesTraffic() {
        Nets.advance(net, clock, TWO_SECONDS);
        r1.configure(OpenConfigPaths.metric("eth1", "config"), new LeafValue.Gauge(5));
        Nets.advance(net, clock, TWO_SECONDS);
        assertThat(Nets.leaf(r2, OpenConfigPaths.metric("eth0", "state"))).isEqualTo(new LeafValue.Gauge(5));
        assertThat(Nets.carried(net, "L2", "r1")).isZero();
        assertThat(Nets.carried(net, "L4", "r1")).isCloseTo(5e9, within(1e6));
    }

    @Test
    void equalCostPathsShareTheTraffic() {
        r1.configure(OpenConfigPaths.metric("eth1", "config"), new LeafValue.Gauge(2));
        Nets.advance(net, clock, TWO_SECONDS);
        assertThat(Nets.carried(net, "L2", "r1")).isCloseTo(2.5e9, within(1e6));
        assertThat(Nets.carried(net, "L4", "r1")).isCloseTo(2.5e9, within(1e6));
    }

    @Test
    void shapingCapsTheEgressAndShowsDiscards() {
        r1.configure(OpenConfigPaths.shaping("eth1", "config"), new LeafValue.Gauge(1e9));
        Nets.advance(net, clock, TWO_SECONDS);
        assertThat(Nets.carried(net, "L2", "r1")).isCloseTo(1e9, within(1.0));
        assertThat(Nets.carried(net, "L2", "r2")).isCloseTo(5e9, within(1e6));
        assertThat(Nets.counter(r1, "eth1", "out-discards")).isGreaterThan(0);
        LeafValue drops = Nets.leaf(r1, OpenConfigPaths.queueDrops("eth1"));
        assertThat(((LeafValue.Counter) drops).value()).isEqualTo(Nets.counter(r1, "eth1", "out-discards"));
        assertThat(Nets.counter(r2, "eth1", "out-octets") - 0).isGreaterThan(0);
        assertThat(Nets.carried(net, "L3", "r2")).isCloseTo(1e9, within(1.0));
        TruthSecond second = net.truth().latest().orElseThrow();
        assertThat(second.delivered(OdPair.of("h1", "h2")).bitsPerSecond()).isCloseTo(1e9, within(1.0));
        assertThat(second.delivered(OdPair.of("h2", "h1")).bitsPerSecond()).isCloseTo(5e9, within(1.0));
    }

    @Test
    void overloadIsThrottledToCapacityWithTheExcessDropped() {
        net.inject(new Fault.Surge(java.util.Set.of(), java.util.Set.of(), List.of(), 3, Duration.ofMinutes(1)));
        Nets.advance(net, clock, TWO_SECONDS);
        assertThat(Nets.carried(net, "L1", "h1")).isCloseTo(10e9, within(1.0));
        assertThat(net.truth().latest().orElseThrow().direction(LinkId.of("L1"),
                org.nettwin.model.topology.NodeId.of("h1")).orElseThrow().offered().bitsPerSecond())
                .isCloseTo(15e9, within(1e6));
        assertThat(Nets.counter(Nets.device(net, "h1"), "eth0", "out-discards")).isGreaterThan(0);
    }
}
