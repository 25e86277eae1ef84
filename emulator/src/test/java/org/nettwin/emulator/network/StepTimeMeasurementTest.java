package org.nettwin.emulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.nettwin.emulator.fault.Fault;
import org.nettwin.model.topology.LinkId;
import org.nettwin.testkit.time.ManualClock;

/**
 * Prints the step compute time of a 100-node, 150-link, 10 Gb/s network where every node sends to every other
 * (9,900 pairs), after a warm-up run, with one link failure (a reroute) half-way: a measurement, not an assertion.
 */
class StepTimeMeasurementTest {

    @Test
    void measuresTheStepTimeOfAHundredNodeNetwork() {
        ManualClock warmUpClock = new ManualClock();
        Nets.advance(EmulatedNetwork.of(Nets.ring(100), EmulatorSettings.DEFAULTS, warmUpClock), warmUpClock,
                Duration.ofSeconds(30));
        ManualClock clock = new ManualClock();
        EmulatedNetwork net = EmulatedNetwork.of(Nets.ring(100), EmulatorSettings.DEFAULTS, clock);
        Nets.advance(net, clock, Duration.ofSeconds(30));
        net.inject(new Fault.LinkDown(LinkId.of("R5")));
        Nets.advance(net, clock, Duration.ofSeconds(30));
        TickStats stats = net.tickStats();
        System.out.printf("emulator step, %d nodes / %d links: %d steps, mean %.1f us, max %.1f us (step %s)%n",
                net.topology().nodes().size(), net.topology().links().size(), stats.count(), stats.meanNanos() / 1e3,
                stats.maxNanos() / 1e3, net.settings().step());
        assertThat(stats.count()).isEqualTo(600);
    }
}
