package org.nettwin.emulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.traffic.TrafficProfile;
import org.nettwin.testkit.time.ManualClock;

class DeterminismTest {

    private static List<Leaf> run(long seed) {
        ManualClock clock = new ManualClock();
        TrafficProfile busy = TrafficProfile.DEFAULTS.withBursts(3600, 1, Duration.ofSeconds(2))
                .withDiurnal(0.3, Duration.ofMinutes(1));
        EmulatedNetwork net = EmulatedNetwork.of(Nets.ring(30),
                EmulatorSettings.DEFAULTS.withSeed(seed).withTraffic(busy), clock);
        Nets.advance(net, clock, Duration.ofSeconds(10));
        return net.device("n3").orElseThrow().leaves();
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        assertThat(run(7)).isEqualTo(run(7));
    }

    @Test
    void anotherSeedGivesAnotherRun() {
        assertThat(run(7)).isNotEqualTo(run(8));
    }
}
