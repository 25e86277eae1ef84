package org.nettwin.emulator.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RealTimeSmokeTest {

    @Test
    void runsStepsInRealTimeWithoutFallingFarBehind() throws Exception {
        EmulatedNetwork net = EmulatedNetwork.of(Nets.triangle(), EmulatorSettings.DEFAULTS, Clock.systemUTC());
        try (net) {
            net.start();
            assertThatThrownBy(() -> net.advance(Duration.ofSeconds(1))).isInstanceOf(IllegalStateException.class);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (net.tickStats().count() < 10 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(net.tickStats().count()).isGreaterThanOrEqualTo(10);
            assertThat(net.maxLagNanos()).isLessThan(Duration.ofSeconds(5).toNanos());
            assertThat(net.modelTime()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            assertThat(net.failure()).isEmpty();
        }
        long after = net.tickStats().count();
        Thread.sleep(300);
        assertThat(net.tickStats().count()).isEqualTo(after);
    }
}
