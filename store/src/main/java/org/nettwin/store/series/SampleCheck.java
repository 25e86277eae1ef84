package org.nettwin.store.series;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Checks the samples of a batch one by one, as {@link TimeSeries#write} promises: an unknown series id, a NaN or
 * infinite value, unknown quality bits, a time before 1970 or more than the allowed skew ahead of the store's clock
 * each reject that sample with a one-line reason. While at it, it computes the batch's roll-up partials and latest
 * samples, so that this work runs on the writers' threads, in parallel, and not in the commit.
 */
final class SampleCheck {

    /** At most this many distinct unknown ids of one batch are looked up in the database. */
    private static final int LOOKUPS = 1000;

    private final SeriesCatalog catalog;
    private final Clock clock;
    private final Duration maxFutureSkew;
    private final long skew;

    SampleCheck(SeriesCatalog catalog, Clock clock, Duration maxFutureSkew) {
        this.catalog = catalog;
        this.clock = clock;
        this.maxFutureSkew = maxFutureSkew;
        this.skew = Micros.of(maxFutureSkew);
    }

    CheckedBatch check(SampleBatch batch) {
        lookUpUnknown(batch);
        long now = Micros.of(clock.instant());
        long limit = now > Long.MAX_VALUE - skew ? Long.MAX_VALUE : now + skew;
        int n = batch.size();
        BitSet rejected = null;
        List<Rejection> rejections = new ArrayList<>(0);
        MinutePartials partials = new MinutePartials(Math.min(n, 1 << 14));
        LatestSamples latest = new LatestSamples(Math.min(n, 1 << 14));
        for (int i = 0; i < n; i++) {
            long series = batch.seriesId(i);
            long t = batch.epochMicros(i);
            double v = batch.value(i);
            int q = batch.quality(i);
            String reason = reason(series, t, v, q, now, limit);
            if (reason == null) {
                partials.add(series, t, v);
                latest.add(series, t, v, q);
            } else {
                if (rejected == null) {
                    rejected = new BitSet(n);
                }
                rejected.set(i);
                rejections.add(new Rejection(i, reason));
            }
        }
        return new CheckedBatch(batch, rejected, rejections, partials, latest);
    }

    private String reason(long series, long t, double v, int q, long now, long limit) {
        if (!catalog.isKnown(series)) {
            return "unknown series id " + series;
        }
        if (Double.isNaN(v)) {
            return "value is NaN";
        }
        if (Double.isInfinite(v)) {
            return "value is infinite (" + v + ")";
        }
        if (!Quality.isValid(q)) {
            return String.format("unknown quality bits 0x%02x in flags 0x%02x", q & ~0x3f, q);
        }
        if (t < 0) {
            return "time " + t + " µs is before 1970";
        }
        if (t > limit) {
            return "time " + Micros.toInstant(t) + " is more than " + maxFutureSkew
                    + " ahead of the store clock (" + Micros.toInstant(now) + ")";
        }
        return null;
    }

    /** Looks up ids this process has not seen: another twin instance may have registered them in a shared database. */
    private void lookUpUnknown(SampleBatch batch) {
        LongSlots unknown = null;
        for (int i = 0; i < batch.size(); i++) {
            long id = batch.seriesId(i);
            if (!catalog.isKnown(id) && id > 0) {
                unknown = unknown == null ? new LongSlots(16) : unknown;
                unknown.put(id);
                if (unknown.size() == LOOKUPS) {
                    break;
                }
            }
        }
        if (unknown != null) {
            long[] ids = new long[unknown.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = unknown.key(i);
            }
            catalog.refresh(ids);
        }
    }
}
