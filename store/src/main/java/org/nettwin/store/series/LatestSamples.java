package org.nettwin.store.series;

import java.util.Arrays;

/**
 * The latest sample per series among some samples (one batch, or a group of batches merged in commit order), kept
 * without boxing. Of samples with equal times, the one added later wins, so later batches win ties.
 */
final class LatestSamples {

    private final LongSlots slots;
    private long[] time;
    private double[] value;
    private byte[] quality;

    LatestSamples(int expected) {
        slots = new LongSlots(expected);
        int c = Math.max(16, expected);
        time = new long[c];
        value = new double[c];
        quality = new byte[c];
    }

    void add(long seriesId, long t, double v, int q) {
        int before = slots.size();
        int s = slots.put(seriesId);
        if (s == time.length) {
            int c = time.length * 2;
            time = Arrays.copyOf(time, c);
            value = Arrays.copyOf(value, c);
            quality = Arrays.copyOf(quality, c);
        }
        if (s == before || t >= time[s]) {
            time[s] = t;
            value[s] = v;
            quality[s] = (byte) q;
        }
    }

    /** Adds every latest sample of {@code other}, as if its samples came after those added so far. */
    void addAll(LatestSamples other) {
        for (int i = 0; i < other.size(); i++) {
            add(other.seriesId(i), other.time[i], other.value[i], other.quality[i]);
        }
    }

    int size() {
        return slots.size();
    }

    int seriesId(int i) {
        return (int) slots.key(i);
    }

    long time(int i) {
        return time[i];
    }

    double value(int i) {
        return value[i];
    }

    int quality(int i) {
        return quality[i];
    }
}
