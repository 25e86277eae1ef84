package org.nettwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RealTimeRunnerTest {

    /** A clock that jumps when asked to sleep, overshooting every deadline by {@code overshoot} ns (a slow OS). */
    static final class FakeClock implements WallClock {
        long now = 1_000_000;
        final long overshoot;
        int sleeps;

        FakeClock(long overshoot) {
            this.overshoot = overshoot;
        }

        @Override
        public long nanos() {
            return now;
        }

        @Override
        public void sleepUntil(long deadline) {
            sleeps++;
            if (deadline > now) {
                now = deadline + overshoot;
            }
        }
    }

    @Test
    void runsEachEventNoEarlierThanItsWallDeadlineWithoutDrift() {
        FakeClock clock = new FakeClock(300_000);
        EventLoop loop = new EventLoop();
        List<Long> wallAtEvent = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            loop.schedule(i * 1_000_000L, 0, i);
        }
        long start = clock.now;

        new RealTimeRunnerTest.Runner(clock, 2.0).run(loop, (k, p) -> wallAtEvent.add(clock.now - start), 1_000_000_000L);

        // At speed 2 the event at simulated i ms is due i/2 ms after the start; overshooting sleeps never accumulate.
        for (int i = 1; i <= 1000; i++) {
            long due = i * 500_000L;
            assertThat(wallAtEvent.get(i - 1)).isBetween(due, due + 300_000);
        }
        assertThat(clock.now - start).isBetween(500_000_000L, 500_300_000L);
        assertThat(loop.now()).isEqualTo(1_000_000_000L);
    }

    @Test
    void aRunOfThreeTenthsOfASecondTakesThatLongAtSpeedOneAndATenthOfItAtSpeedTen() throws InterruptedException {
        assertThat(wallSecondsFor(0.3, 1.0)).isBetween(0.3, 0.6);
        assertThat(wallSecondsFor(0.3, 10.0)).isBetween(0.03, 0.25);
    }

    private static double wallSecondsFor(double simulatedSeconds, double speed) throws InterruptedException {
        HeapSimulator sim = new HeapSimulator();
        int[] ticks = new int[1];
        SimAction tick = new SimAction() {
            @Override
            public void run(Simulator s) {
                ticks[0]++;
                s.schedule(Duration.ofMillis(1), this);
            }
        };
        sim.schedule(Duration.ZERO, tick);
        long t0 = System.nanoTime();
        new RealTimeRunner(WallClock.SYSTEM, speed).run(sim, SimTime.ofSeconds(simulatedSeconds));
        double wall = (System.nanoTime() - t0) / 1e9;
        assertThat(ticks[0]).isEqualTo(301);
        return wall;
    }

    @Test
    void stopsWhenAskedFromAnotherThread() throws Exception {
        RealTimeRunner runner = new RealTimeRunner(WallClock.SYSTEM, 1.0);
        EventLoop loop = new EventLoop();
        Thread worker = new Thread(() -> {
            try {
                runner.run(loop, (k, p) -> { }, 3_600_000_000_000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        Thread.sleep(50);
        runner.stop();
        worker.join(2000);
        assertThat(worker.isAlive()).isFalse();
        assertThat(loop.now()).isBetween(10_000_000L, 2_000_000_000L);
    }

    @Test
    void refusesANonPositiveSpeed() {
        assertThatThrownBy(() -> new RealTimeRunner(WallClock.SYSTEM, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Adapts the checked signature for the fake clock (which never interrupts). */
    private record Runner(WallClock clock, double speed) {
        void run(EventLoop loop, EventHandler handler, long horizon) {
            try {
                new RealTimeRunner(clock, speed).run(loop, handler, horizon);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
