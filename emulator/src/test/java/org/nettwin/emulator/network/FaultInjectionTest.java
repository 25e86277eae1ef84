package org.nettwin.emulator.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.emulator.fault.Fault;
import org.nettwin.emulator.fault.FaultResult;
import org.nettwin.emulator.flaw.DeviceFlaws;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.traffic.OdPair;
import org.nettwin.testkit.time.ManualClock;

class FaultInjectionTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    private final ManualClock clock = new ManualClock();
    private final EmulatedNetwork net = EmulatedNetwork.of(Nets.triangle(),
            Nets.steady().withRebootDowntime(Duration.ofSeconds(5)), clock);

    private double demand(String origin, String destination) {
        return net.truth().latest().orElseThrow().matrix().between(NodeId.of(origin), NodeId.of(destination))
                .bitsPerSecond();
    }

    @Test
    void surgeMultipliesTheChosenDemandForItsDurationThenEnds() {
        Nets.advance(net, clock, SECOND);
        double before = demand("h1", "h2");
        FaultResult result = net.inject(Fault.Surge.between("h1", "h2", 1.5, Duration.ofSeconds(3)));
        assertThat(result.effect()).contains("1 pairs");
        Nets.advance(net, clock, SECOND);
        assertThat(demand("h1", "h2")).isCloseTo(1.5 * before, within(1.0));
        assertThat(demand("h2", "h1")).isCloseTo(before, within(1.0));
        Nets.advance(net, clock, Duration.ofSeconds(3));
        assertThat(demand("h1", "h2")).isCloseTo(before, within(1.0));
        assertThat(net.truth().faults()).hasSize(1);
    }

    @Test
    void degradationLosesTrafficCountedAsInErrors() {
        net.inject(new Fault.Degrade(LinkId.of("L2"), 0.1, Duration.ofMillis(5)));
        Nets.advance(net, clock, Duration.ofSeconds(2));
        EmulatedDevice r1 = Nets.device(net, "r1");
        EmulatedDevice r2 = Nets.device(net, "r2");
        long sent = Nets.counter(r1, "eth1", "out-octets");
        long received = Nets.counter(r2, "eth0", "in-octets");
        assertThat((double) received / sent).isCloseTo(0.9, within(1e-6));
        assertThat(Nets.counter(r2, "eth0", "in-errors")).isGreaterThan(0);
        assertThat(net.truth().latest().orElseThrow().direction(LinkId.of("L2"), NodeId.of("r1")).orElseThrow().state())
                .hasToString("DEGRADED");
        assertThat(Nets.carried(net, "L3", "r2")).isCloseTo(4.5e9, within(1e6));
        assertThat(net.truth().latest().orElseThrow().delivered(OdPair.of("h1", "h2")).bitsPerSecond())
                .isCloseTo(4.5e9, within(1e6));
        net.inject(new Fault.Restore(LinkId.of("L2")));
        Nets.advance(net, clock, SECOND);
        assertThat(Nets.carried(net, "L3", "r2")).isCloseTo(5e9, within(1e6));
    }

    @Test
    void rebootResetsCountersBumpsBootTimeAndIsUnreachableForTheDowntime() {
        Nets.advance(net, clock, Duration.ofSeconds(3));
        EmulatedDevice r1 = Nets.device(net, "r1");
        long boot = ((LeafValue.Counter) Nets.leaf(r1, OpenConfigPaths.BOOT_TIME)).value();
        assertThat(Nets.counter(r1, "eth1", "out-octets")).isGreaterThan(0);
        net.inject(new Fault.Reboot("r1"));
        assertThat(r1.reachable()).isFalse();
        assertThat(Nets.counter(r1, "eth1", "out-octets")).isZero();
        Nets.advance(net, clock, Duration.ofSeconds(4));
        assertThat(r1.reachable()).isFalse();
        assertThat(Nets.counter(r1, "eth1", "out-octets")).isZero();
        assertThat(Nets.oper(Nets.device(net, "h1"), "eth0")).isEqualTo("DOWN");
        assertThat(net.truth().latest().orElseThrow().unrouted().bitsPerSecond()).isGreaterThan(0);
        Nets.advance(net, clock, Duration.ofSeconds(2));
        assertThat(r1.reachable()).isTrue();
        long newBoot = ((LeafValue.Counter) Nets.leaf(r1, OpenConfigPaths.BOOT_TIME)).value();
        assertThat(newBoot).isGreaterThan(boot);
        assertThat(Nets.counter(r1, "eth1", "out-octets")).isGreaterThan(0);
    }

    @Test
    void nodeDownMakesTheNodeUnreachableAndReroutesAroundIt() {
        net.inject(new Fault.NodeDown(NodeId.of("r3")));
        Nets.advance(net, clock, SECOND);
        assertThat(Nets.device(net, "r3").reachable()).isFalse();
        assertThat(Nets.oper(Nets.device(net, "r1"), "eth2")).isEqualTo("DOWN");
        net.inject(new Fault.LinkDown(LinkId.of("L2")));
        Nets.advance(net, clock, SECOND);
        assertThat(net.truth().latest().orElseThrow().unrouted().bitsPerSecond()).isCloseTo(10e9, within(1e6));
        net.inject(new Fault.NodeUp(NodeId.of("r3")));
        Nets.advance(net, clock, Duration.ofSeconds(2));
        assertThat(net.truth().latest().orElseThrow().unrouted().bitsPerSecond()).isZero();
    }

    @Test
    void clockOffsetDriftAndJumpShowInTheDeviceClock() {
        ManualClock own = new ManualClock();
        EmulatedNetwork skewed = EmulatedNetwork.of(Nets.triangle(), Nets.steady()
                .withFlaws("r2", DeviceFlaws.NONE.withClock(Duration.ofMillis(250), 100)), own);
        EmulatedDevice r2 = Nets.device(skewed, "r2");
        long trueNow = NetworkModel.nanos(own.instant());
        assertThat(r2.clockNanos() - trueNow).isEqualTo(250_000_000L);
        Nets.advance(skewed, own, Duration.ofSeconds(100));
        trueNow = NetworkModel.nanos(own.instant());
        assertThat(r2.clockNanos() - trueNow).isEqualTo(250_000_000L + 10_000_000L);
        skewed.inject(new Fault.ClockJump("r2", Duration.ofSeconds(-3)));
        assertThat(r2.clockNanos() - trueNow).isEqualTo(260_000_000L - 3_000_000_000L);
        assertThat(Nets.device(skewed, "r1").clockNanos()).isEqualTo(trueNow);
        Nets.advance(skewed, own, SECOND);
        assertThat(skewed.truth().latest().orElseThrow().clockOffsetNanos().get("r2"))
                .isEqualTo(260_000_000L + 100_000L - 3_000_000_000L);
    }

    @Test
    void refusesFaultsNamingUnknownElements() {
        assertThatThrownBy(() -> net.inject(new Fault.LinkDown(LinkId.of("L9")))).hasMessageContaining("unknown link L9");
        assertThatThrownBy(() -> net.inject(new Fault.NodeDown(NodeId.of("zz")))).hasMessageContaining("unknown node zz");
        assertThatThrownBy(() -> net.inject(new Fault.Reboot("nope"))).hasMessageContaining("unknown device nope");
        assertThatThrownBy(() -> net.inject(new Fault.Surge(java.util.Set.of(), java.util.Set.of(),
                java.util.List.of(OdPair.of("h1", "q")), 2, SECOND))).hasMessageContaining("unknown node q");
        assertThat(net.truth().faults()).isEmpty();
    }
}
