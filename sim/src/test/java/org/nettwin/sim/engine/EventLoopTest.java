package org.nettwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLoopTest {

    private final EventLoop loop = new EventLoop(2);
    private final List<String> fired = new ArrayList<>();

    @Test
    void runsEventsInTimeOrderAndTiesInSchedulingOrder() {
        loop.schedule(20, 1, 0);
        loop.schedule(10, 2, 1);
        loop.schedule(10, 3, 2);

        loop.runUntil(100, (kind, payload) -> fired.add(kind + "@" + loop.now() + "#" + payload));

        assertThat(fired).containsExactly("2@10#1", "3@10#2", "1@20#0");
        assertThat(loop.now()).isEqualTo(100);
        assertThat(loop.executed()).isEqualTo(3);
    }

    @Test
    void eventsScheduledWhileRunningAtTheSameTimeRunAfterThoseAlreadyDue() {
        loop.schedule(5, 0, 0);
        loop.schedule(5, 0, 1);
        loop.runUntil(5, (kind, payload) -> {
            fired.add("p" + payload);
            if (payload == 0) {
                loop.schedule(loop.now(), 0, 2);
            }
        });
        assertThat(fired).containsExactly("p0", "p1", "p2");
    }

    @Test
    void stopsAfterMaxEventsAndResumesWhereItStopped() {
        for (int i = 0; i < 10; i++) {
            loop.schedule(i, 0, i);
        }
        boolean done = loop.run(100, (k, p) -> fired.add("" + p), 4);
        assertThat(done).isFalse();
        assertThat(loop.now()).isEqualTo(3);
        assertThat(loop.run(100, (k, p) -> fired.add("" + p), 100)).isTrue();
        assertThat(fired).hasSize(10);
        assertThat(loop.now()).isEqualTo(100);
    }

    @Test
    void leavesEventsAfterTheHorizonPending() {
        loop.schedule(50, 0, 0);
        loop.schedule(150, 0, 1);
        loop.runUntil(100, (k, p) -> fired.add("" + p));
        assertThat(fired).containsExactly("0");
        assertThat(loop.pending()).isEqualTo(1);
        assertThat(loop.nextTime()).isEqualTo(150);
    }

    @Test
    void refusesToScheduleInThePast() {
        loop.runUntil(10, (k, p) -> { });
        assertThatThrownBy(() -> loop.schedule(9, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void carriesNegativePayloadsAndLargeKindsIntact() {
        loop.schedule(1, 7, -5);
        loop.runUntil(1, (kind, payload) -> fired.add(kind + "/" + payload));
        assertThat(fired).containsExactly("7/-5");
    }

    @Test
    void identifiesTheEventBeingExecuted() {
        long first = loop.schedule(1, 0, 0);
        long second = loop.schedule(1, 0, 1);
        List<Long> ids = new ArrayList<>();
        loop.runUntil(1, (k, p) -> ids.add(loop.currentId()));
        assertThat(ids).containsExactly(first, second);
        assertThat(loop.currentId()).isEqualTo(-1);
    }
}
