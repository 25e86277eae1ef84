package org.nettwin.store.series;

import java.util.Arrays;

/**
 * The 1-minute partial aggregates (min, max, sum, count, last value and its time) of some samples, per series and
 * minute, computed in memory while a batch is checked (on the writer's own thread, off the commit path). They are
 * appended to {@code series_rollup_delta} in the transaction that writes the samples, so roll-ups never lag behind
 * the raw data, late samples included. Of samples with equal times, the later one in the batch counts as last.
 */
final class MinutePartials {

    private final LongSlots slots;
    private double[] min;
    private double[] max;
    private double[] sum;
    private int[] count;
    private long[] lastTime;
    private double[] lastValue;

    MinutePartials(int expected) {
        slots = new LongSlots(expected);
        int c = Math.max(16, expected);
        min = new double[c];
        max = new double[c];
        sum = new double[c];
        count = new int[c];
        lastTime = new long[c];
        lastValue = new double[c];
    }

    /** Adds one sample of series {@code seriesId} (1 .. 2^31-1) at time {@code t} (>= 0). */
    void add(long seriesId, long t, double v) {
        long minute = t / Micros.MINUTE;
        int s = slots.put(seriesId << 32 | minute);
        if (s == count.length) {
            grow();
        }
        if (count[s] == 0) {
            min[s] = v;
            max[s] = v;
            sum[s] = v;
            count[s] = 1;
            lastTime[s] = t;
            lastValue[s] = v;
            return;
        }
        min[s] = Math.min(min[s], v);
        max[s] = Math.max(max[s], v);
        sum[s] += v;
        count[s]++;
        if (t >= lastTime[s]) {
            lastTime[s] = t;
            lastValue[s] = v;
        }
    }

    private void grow() {
        int c = count.length * 2;
        min = Arrays.copyOf(min, c);
        max = Arrays.copyOf(max, c);
        sum = Arrays.copyOf(sum, c);
        count = Arrays.copyOf(count, c);
        lastTime = Arrays.copyOf(lastTime, c);
        lastValue = Arrays.copyOf(lastValue, c);
    }

    int size() {
        return slots.size();
    }

    int seriesId(int i) {
        return (int) (slots.key(i) >>> 32);
    }

    long bucket(int i) {
        return (slots.key(i) & 0xffffffffL) * Micros.MINUTE;
    }

    double min(int i) {
        return min[i];
    }

    double max(int i) {
        return max[i];
    }

    double sum(int i) {
        return sum[i];
    }

    int count(int i) {
        return count[i];
    }

    long lastTime(int i) {
        return lastTime[i];
    }

    double lastValue(int i) {
        return lastValue[i];
    }
}
