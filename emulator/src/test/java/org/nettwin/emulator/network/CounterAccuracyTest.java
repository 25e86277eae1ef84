package org.nettwin.emulator.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.emulator.flaw.DeviceFlaws;
import org.nettwin.testkit.time.ManualClock;

class CounterAccuracyTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void counterRatesEqualTheTrueCarriedRates() {
        ManualClock clock = new ManualClock();
        EmulatedNetwork net = EmulatedNetwork.of(Nets.triangle(), EmulatorSettings.DEFAULTS, clock);
        EmulatedDevice r1 = Nets.device(net, "r1");
        EmulatedDevice r2 = Nets.device(net, "r2");
        Nets.advance(net, clock, SECOND);
        for (int s = 0; s < 6; s++) {
            long out0 = Nets.counter(r1, "eth1", "out-octets");
            long in0 = Nets.counter(r2, "eth0", "in-octets");
            Nets.advance(net, clock, SECOND);
            double truth = Nets.carried(net, "L2", "r1");
            assertThat(truth).isGreaterThan(1e9);
            assertThat((Nets.counter(r1, "eth1", "out-octets") - out0) * 8.0).isCloseTo(truth, within(truth * 1e-6));
            assertThat((Nets.counter(r2, "eth0", "in-octets") - in0) * 8.0).isCloseTo(truth, within(truth * 1e-6));
        }
    }

    @Test
    void thirtyTwoBitCountersWrapAndStillGiveTheTrueRate() {
        ManualClock clock = new ManualClock();
        EmulatorSettings settings = EmulatorSettings.DEFAULTS
                .withTraffic(EmulatorSettings.DEFAULTS.traffic().withTargetPeakUtilisation(1.2))
                .withFlaws("r1", DeviceFlaws.NONE.withCounterBits(32));
        EmulatedNetwork net = EmulatedNetwork.of(Nets.triangle(), settings, clock);
        EmulatedDevice r1 = Nets.device(net, "r1");
        int wraps = 0;
        for (int s = 0; s < 12; s++) {
            LeafValue.Counter before = (LeafValue.Counter) Nets.leaf(r1, OpenConfigPaths.counter("eth1", "out-octets"));
            Nets.advance(net, clock, SECOND);
            LeafValue.Counter after = (LeafValue.Counter) Nets.leaf(r1, OpenConfigPaths.counter("eth1", "out-octets"));
            assertThat(after.bits()).isEqualTo(32);
            assertThat(after.value()).isBetween(0L, 0xFFFF_FFFFL);
            if (after.value() < before.value()) {
                wraps++;
            }
            double truth = Nets.carried(net, "L2", "r1");
            double rate = ((after.value() - before.value()) & 0xFFFF_FFFFL) * 8.0;
            assertThat(rate).isCloseTo(truth, within(truth * 1e-6));
        }
        assertThat(wraps).isGreaterThanOrEqualTo(2);
    }

    @Test
    void countersOfAServerAre64BitAndMatchItsRouterPeer() {
        ManualClock clock = new ManualClock();
        EmulatedNetwork net = EmulatedNetwork.of(Nets.triangle(), Nets.steady(), clock);
        Nets.advance(net, clock, Duration.ofSeconds(3));
        EmulatedDevice r1 = Nets.device(net, "r1");
        EmulatedDevice h1 = Nets.device(net, "h1");
        assertThat(Nets.counter(h1, "eth0", "out-octets")).isEqualTo(Nets.counter(r1, "eth0", "in-octets"));
        assertThat(Nets.counter(h1, "eth0", "in-octets")).isEqualTo(Nets.counter(r1, "eth0", "out-octets"));
    }
}
