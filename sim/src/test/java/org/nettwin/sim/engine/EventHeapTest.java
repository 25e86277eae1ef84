package org.nettwin.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EventHeapTest {

    @Property(tries = 200)
    void removesEventsInTimeThenSequenceOrder(@ForAll @Size(max = 300) List<@LongRange(min = 0, max = 50) Long> times) {
        EventHeap heap = new EventHeap(4);
        List<long[]> inserted = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            heap.insert(times.get(i), i, 1000L + i);
            inserted.add(new long[] {times.get(i), i, 1000L + i});
        }
        inserted.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        List<long[]> removed = new ArrayList<>();
        while (!heap.isEmpty()) {
            removed.add(new long[] {heap.minTime(), heap.minSequence(), heap.minWord()});
            heap.removeMin();
        }
        assertThat(removed).usingElementComparator(Comparator.comparingLong((long[] e) -> e[0])
                .thenComparingLong(e -> e[1]).thenComparingLong(e -> e[2])).containsExactlyElementsOf(inserted);
    }

    @Property(tries = 100)
    void staysOrderedWhenInsertsAndRemovalsInterleave(@ForAll @Size(min = 1, max = 400) List<@LongRange(min = 0,
            max = 1000) Long> delays) {
        EventHeap heap = new EventHeap();
        long seq = 0;
        long lastTime = -1;
        long lastSeq = -1;
        for (long d : delays) {
            heap.insert(lastTime < 0 ? d : lastTime + d, seq++, 0);
            if (d % 3 == 0) {
                assertThat(heap.minTime() > lastTime || heap.minTime() == lastTime && heap.minSequence() > lastSeq)
                        .isTrue();
                lastTime = heap.minTime();
                lastSeq = heap.minSequence();
                heap.removeMin();
            }
        }
    }

    @Test
    void growsBeyondItsInitialCapacity() {
        EventHeap heap = new EventHeap(16);
        for (int i = 0; i < 10_000; i++) {
            heap.insert(10_000 - i, i, i);
        }
        assertThat(heap.size()).isEqualTo(10_000);
        assertThat(heap.minTime()).isEqualTo(1);
        assertThat(heap.minWord()).isEqualTo(9_999);
    }
}
