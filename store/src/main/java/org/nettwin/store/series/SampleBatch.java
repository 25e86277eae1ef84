package org.nettwin.store.series;

import java.util.Arrays;
import java.util.Optional;

/**
 * A batch of samples to write, column by column (series id, time in microseconds since the epoch, value, quality
 * flags) so that a million samples cost four arrays, not a million objects. An optional {@code batchId} makes the
 * write idempotent: a batch id the store has already committed is acknowledged again without writing anything, so
 * a writer that lost an acknowledgement (a crash, a timeout) can safely send the batch again.
 * Not thread-safe while being filled; treat it as immutable once handed to the store.
 */
public final class SampleBatch {

    private final String batchId;
    private long[] series;
    private long[] times;
    private double[] values;
    private byte[] quality;
    private int size;

    private SampleBatch(String batchId, int capacity) {
        this.batchId = batchId;
        int c = Math.max(1, capacity);
        series = new long[c];
        times = new long[c];
        values = new double[c];
        quality = new byte[c];
    }

    /** An empty batch without an idempotency key. */
    public static SampleBatch withCapacity(int capacity) {
        return new SampleBatch(null, capacity);
    }

    /** An empty batch with an idempotency key (1..128 characters). */
    public static SampleBatch withId(String batchId, int capacity) {
        if (batchId == null || batchId.isEmpty() || batchId.length() > 128) {
            throw new IllegalArgumentException("batch id must be 1..128 characters");
        }
        return new SampleBatch(batchId, capacity);
    }

    /** Appends one sample; values are not checked here but by the store (it reports rejects per sample). */
    public SampleBatch add(long seriesId, long epochMicros, double value, int qualityFlags) {
        if (size == series.length) {
            int c = size * 2;
            series = Arrays.copyOf(series, c);
            times = Arrays.copyOf(times, c);
            values = Arrays.copyOf(values, c);
            quality = Arrays.copyOf(quality, c);
        }
        series[size] = seriesId;
        times[size] = epochMicros;
        values[size] = value;
        quality[size] = (byte) qualityFlags;
        size++;
        return this;
    }

    public SampleBatch add(long seriesId, long epochMicros, double value) {
        return add(seriesId, epochMicros, value, Quality.GOOD);
    }

    public Optional<String> batchId() {
        return Optional.ofNullable(batchId);
    }

    public int size() {
        return size;
    }

    public long seriesId(int i) {
        check(i);
        return series[i];
    }

    public long epochMicros(int i) {
        check(i);
        return times[i];
    }

    public double value(int i) {
        check(i);
        return values[i];
    }

    /** The quality flags of sample i (0..255 as written; only the bits of {@link Quality} are valid). */
    public int quality(int i) {
        check(i);
        return quality[i] & 0xff;
    }

    private void check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("sample " + i + " of " + size);
        }
    }
}
