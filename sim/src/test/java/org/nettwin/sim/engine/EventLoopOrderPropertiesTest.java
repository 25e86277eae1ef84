package org.nettwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The event loop against a plain PriorityQueue of (time, sequence), with events that schedule 0..3 successors. */
class EventLoopOrderPropertiesTest {

    /** An event of the reference model. */
    private record Ref(long time, long seq, int payload) implements Comparable<Ref> {
        @Override
        public int compareTo(Ref o) {
            return time != o.time ? Long.compare(time, o.time) : Long.compare(seq, o.seq);
        }
    }

    @Property(tries = 300)
    void executesExactlyWhatAReferencePriorityQueueWould(
            @ForAll @Size(min = 1, max = 200) List<@IntRange(min = 0, max = 5) Integer> script,
            @ForAll @IntRange(min = 1, max = 20) int initial) {
        EventLoop loop = new EventLoop(2);
        PriorityQueue<Ref> reference = new PriorityQueue<>();
        long[] refSeq = {0};
        for (int i = 0; i < initial; i++) {
            loop.schedule(i % 3, 0, i);
            reference.add(new Ref(i % 3, refSeq[0]++, i));
        }
        List<String> got = new ArrayList<>();
        int[] step = {0};
        int[] nextPayload = {1000};
        loop.runUntil(Long.MAX_VALUE - 1, (kind, payload) -> {
            got.add(loop.now() + ":" + payload);
            int action = script.get(step[0]++ % script.size());
            // 0-3 successors at delays 0, action, 2 * action; pending() must count what is really pending.
            for (int k = 0; k < action % 4 && nextPayload[0] < 3000; k++) {
                loop.schedule(loop.now() + (long) k * action, 0, nextPayload[0]++);
            }
            assertThat(loop.pending()).isGreaterThanOrEqualTo(0);
        });
        List<String> want = new ArrayList<>();
        int[] refStep = {0};
        int[] refPayload = {1000};
        while (!reference.isEmpty()) {
            Ref e = reference.poll();
            want.add(e.time() + ":" + e.payload());
            int action = script.get(refStep[0]++ % script.size());
            for (int k = 0; k < action % 4 && refPayload[0] < 3000; k++) {
                reference.add(new Ref(e.time() + (long) k * action, refSeq[0]++, refPayload[0]++));
            }
        }
        assertThat(got).containsExactlyElementsOf(want);
    }
}
