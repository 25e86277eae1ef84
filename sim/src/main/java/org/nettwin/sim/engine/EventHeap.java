package org.nettwin.sim.engine;

import java.util.Arrays;

/**
 * The pending events of one run: a 4-ary min-heap over three primitive arrays (time in ns, sequence number,
 * and a packed kind/payload word), ordered by time and then by sequence, so events due at the same time leave in
 * the order they were inserted.
 *
 * <p>Costs, in the manner of ns-3's scheduler documentation:
 * <ul>
 *   <li>insert: O(log4 n) moves, at most one comparison per level;</li>
 *   <li>peek at the minimum: O(1);</li>
 *   <li>remove the minimum: O(log4 n) levels with up to four comparisons each (a 4-ary heap has half the depth of
 *       a binary heap and its four children's times share one or two cache lines);</li>
 *   <li>replace the minimum (remove it and insert a later event in one sift): O(log4 n), stopping as soon as the new
 *       event is in place; {@link EventLoop} uses it for the first event an executing event schedules;</li>
 *   <li>memory: 24 bytes per pending event (three longs), in arrays that double when full and never shrink; no
 *       allocation at all once they have grown to the run's peak.</li>
 * </ul>
 * Measured with {@code nettwin bench sim --queue} (classic hold model: remove the minimum, insert it again an
 * exponential time later, so the size stays put) on one core of the shared 2-core development machine: about 75 ns
 * per hold at 1,000 pending events, 100 ns at 10,000, 150 ns at 100,000 and 370 ns at 1,000,000 (the arrays no longer
 * fit in the caches). A binary heap with the same layout measured 95 / 135 / 200 / 390 ns, so the 4-ary heap is
 * 10-25 % faster where the packet model runs (a few hundred to a few thousand pending events: one per packet in
 * flight and one per source). The packet model's s3-abilene run spends about half its time here; with
 * replaceMin in the loop it runs 8 % faster than with a separate remove and insert (the hold model, whose new events
 * sink as deep as the last element would, shows no difference). Tried and not kept, being no faster: branch-free
 * selection of the smallest child, Floyd's bottom-up removal, and one interleaved array instead of three.
 */
public final class EventHeap {

    private static final int MIN_CAPACITY = 16;

    private long[] time;
    private long[] seq;
    private long[] data;
    private int size;

    public EventHeap() {
        this(MIN_CAPACITY);
    }

    public EventHeap(int initialCapacity) {
        int capacity = Math.max(MIN_CAPACITY, initialCapacity);
        time = new long[capacity];
        seq = new long[capacity];
        data = new long[capacity];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Adds an event; {@code sequence} must be unique among pending events (the caller's counter). */
    public void insert(long t, long sequence, long word) {
        if (size == time.length) {
            grow();
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            long pt = time[parent];
            if (pt < t || pt == t && seq[parent] < sequence) {
                break;
            }
            time[i] = pt;
            seq[i] = seq[parent];
            data[i] = data[parent];
            i = parent;
        }
        time[i] = t;
        seq[i] = sequence;
        data[i] = word;
    }

    /** Time of the earliest event; undefined when empty. */
    public long minTime() {
        return time[0];
    }

    /** Sequence number of the earliest event; undefined when empty. */
    public long minSequence() {
        return seq[0];
    }

    /** The packed word of the earliest event; undefined when empty. */
    public long minWord() {
        return data[0];
    }

    /** Removes the earliest event; the heap must not be empty. */
    public void removeMin() {
        int n = --size;
        if (n > 0) {
            siftDown(time[n], seq[n], data[n], n);
        }
    }

    /**
     * Removes the earliest event and inserts another in one pass (the "hold" of an event loop whose event schedules
     * a successor): the new event sinks from the root only as far as it must, instead of the last element sinking all
     * the way down and the new one then rising. The new event must not be earlier than the removed one, and the heap
     * must not be empty.
     */
    public void replaceMin(long t, long sequence, long word) {
        siftDown(t, sequence, word, size);
    }

    /** Places (t, s, d) at the root hole and sinks it among the first {@code n} slots. */
    private void siftDown(long t, long s, long d, int n) {
        int i = 0;
        int child = 1;
        while (child < n) {
            int best = child;
            long bt = time[child];
            long bs = seq[child];
            int end = Math.min(child + 4, n);
            for (int k = child + 1; k < end; k++) {
                long kt = time[k];
                if (kt < bt || kt == bt && seq[k] < bs) {
                    best = k;
                    bt = kt;
                    bs = seq[k];
                }
            }
            if (bt > t || bt == t && bs > s) {
                break;
            }
            time[i] = bt;
            seq[i] = bs;
            data[i] = data[best];
            i = best;
            child = 4 * i + 1;
        }
        time[i] = t;
        seq[i] = s;
        data[i] = d;
    }

    /** Forgets every pending event (keeps the arrays). */
    public void clear() {
        size = 0;
    }

    private void grow() {
        int capacity = time.length * 2;
        time = Arrays.copyOf(time, capacity);
        seq = Arrays.copyOf(seq, capacity);
        data = Arrays.copyOf(data, capacity);
    }
}
