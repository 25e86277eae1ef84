package org.nettwin.sim.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.scenario.SizeDistribution;

class HotLoopAllocationTest {

    @Test
    void theEventLoopAllocatesNothingOnceThePoolsHaveGrown() {
        Scenario s = PacketModelTest.diamond().poisson("p", "A", "D", 0, 20, SizeDistribution.EXPONENTIAL, 800, 6e7)
                .poisson("q", "B", "C", 0, 20, SizeDistribution.FIXED, 1200, 5e7).cbr("c", "C", "B", 0, 20, 500, 3e7)
                .build();
        PacketNetwork network = new PacketNetwork(new ScenarioPlan(s), 1, 0);
        network.start();
        network.advance(300_000); // grows the packet pool, the heap, the queue rings and the delay histograms
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        long eventsBefore = network.eventsExecuted();

        network.advance(1_000_000);

        long allocated = threads.getThreadAllocatedBytes(id) - before;
        long events = network.eventsExecuted() - eventsBefore;
        assertThat(events).isEqualTo(1_000_000);
        // A few KB at most (a delay histogram reaching a new power of two allocates 4 KB), never bytes per event.
        assertThat(allocated).isLessThan(64 * 1024);
    }
}
