package org.nettwin.store.series;

import java.util.Arrays;

/**
 * Samples of one series in time order, as parallel arrays: times in microseconds since the epoch, values and quality
 * flags. For bucketed queries the time is the bucket start and the value the aggregate.
 */
public final class Points {

    private final long seriesId;
    private final long[] times;
    private final double[] values;
    private final byte[] quality;

    public Points(long seriesId, long[] times, double[] values, byte[] quality) {
        if (times.length != values.length || times.length != quality.length) {
            throw new IllegalArgumentException("columns of different lengths");
        }
        this.seriesId = seriesId;
        this.times = times.clone();
        this.values = values.clone();
        this.quality = quality.clone();
    }

    public long seriesId() {
        return seriesId;
    }

    public int size() {
        return times.length;
    }

    public long epochMicros(int i) {
        return times[i];
    }

    public double value(int i) {
        return values[i];
    }

    public int quality(int i) {
        return quality[i] & 0xff;
    }

    public long[] times() {
        return times.clone();
    }

    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Points p && seriesId == p.seriesId && Arrays.equals(times, p.times)
                && Arrays.equals(values, p.values) && Arrays.equals(quality, p.quality);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seriesId) * 31 + Arrays.hashCode(times);
    }

    @Override
    public String toString() {
        return "Points[series " + seriesId + ", " + times.length + " samples]";
    }
}
