package org.nettwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapSimulatorTest {

    private final HeapSimulator simulator = new HeapSimulator();
    private final List<String> fired = new ArrayList<>();

    @Test
    void runsEventsInTimeOrderAndTiesInSchedulingOrder() {
        simulator.schedule(Duration.ofMillis(20), sim -> fired.add("late"));
        simulator.schedule(Duration.ofMillis(10), sim -> fired.add("first"));
        simulator.schedule(Duration.ofMillis(10), sim -> fired.add("second"));

        simulator.runUntil(SimTime.ofMillis(100));

        assertThat(fired).containsExactly("first", "second", "late");
        assertThat(simulator.now()).isEqualTo(SimTime.ofMillis(100));
    }

    @Test
    void actionsScheduleFurtherActionsRelativeToTheirOwnTime() {
        simulator.schedule(Duration.ofMillis(5), sim -> sim.schedule(Duration.ofMillis(5),
                later -> fired.add("at " + later.now().nanos())));

        simulator.runUntil(SimTime.ofMillis(20));

        assertThat(fired).containsExactly("at 10000000");
        assertThat(simulator.eventsExecuted()).isEqualTo(2);
    }

    @Test
    void reusesSlotsSoManyShortLivedEventsNeedLittleMemory() {
        int[] count = new int[1];
        SimAction tick = new SimAction() {
            @Override
            public void run(Simulator sim) {
                if (++count[0] < 100_000) {
                    sim.schedule(Duration.ofNanos(1), this);
                }
            }
        };
        simulator.schedule(Duration.ZERO, tick);
        simulator.runUntil(SimTime.ofMillis(1));
        assertThat(count[0]).isEqualTo(100_000);
    }
}
