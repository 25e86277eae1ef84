package org.nettwin.telemetry.pipeline.clock;

import java.util.Arrays;

/**
 * Estimates one source's clock offset and drift against the collector's clock, in nanoseconds.
 *
 * <p>Every sample gives d = receive - source = (true one-way delay) + (collector clock - source clock). Delays are
 * never negative and often near their minimum, so the lower envelope of d tracks the clock difference plus the
 * minimum delay. The estimator keeps, for each bucket of source time in a sliding window, the sample with the
 * smallest d (the envelope points). It fits a line d(t) = a + b (t - tRef) to those minima by least squares, drops
 * minima more than {@code tolerance} above the line (buckets in which no sample got through quickly) and fits again.
 * The offset at source time t is then a + b (t - tRef) - transportDelay, the drift is b (ns per ns: 50 ppm is 5e-5),
 * and a corrected time is t + offset(t). The fit is redone when a new bucket opens, so the cost per sample is O(1).
 *
 * <p>A clock jump: a sample below the envelope by more than the jump threshold (impossible for a real delay: the
 * source clock jumped forward) is a jump at once; samples above it by more than the threshold for longer than the
 * confirmation span (the source clock jumped back, or the path got slower for good) are a jump too. On a jump the
 * window is emptied and the estimate restarts from the new samples, keeping the drift; {@link #epoch()} counts up.
 * Not thread-safe.
 */
public final class ClockEstimator {

    private static final long NONE = Long.MIN_VALUE;
    private static final int JUMP_SAMPLES = 3;

    private final long bucketNanos;
    private final long transportDelay;
    private final long jumpThreshold;
    private final long jumpConfirm;
    private final double tolerance;
    private final long[] bucketId;
    private final long[] minAt;
    private final long[] minD;

    private long tRef = NONE;
    private double intercept;
    private double drift;
    private long aboveSince = NONE;
    private long newestSource = NONE;
    private double candidateResidual;
    private long candidateSource;
    private int candidateCount;
    private int epoch;
    private int jumps;
    private int fitted;

    /**
     * An estimator over {@code windowNanos} of source time in buckets of {@code bucketNanos}.
     *
     * @param transportDelayNanos typical minimum one-way delay, subtracted from the envelope
     * @param jumpThresholdNanos  residual beyond which a sample suggests a clock jump
     * @param jumpConfirmNanos    how long samples must stay above the envelope before a backward jump is accepted
     */
    public ClockEstimator(long windowNanos, long bucketNanos, long transportDelayNanos, long jumpThresholdNanos,
                          long jumpConfirmNanos) {
        if (bucketNanos <= 0 || windowNanos < 2 * bucketNanos) {
            throw new IllegalArgumentException("the window must hold at least two positive buckets");
        }
        int n = (int) Math.min(4096, windowNanos / bucketNanos);
        this.bucketNanos = bucketNanos;
        this.transportDelay = transportDelayNanos;
        this.jumpThreshold = jumpThresholdNanos;
        this.jumpConfirm = jumpConfirmNanos;
        this.tolerance = Math.max(1.0, jumpThresholdNanos / 50.0);
        this.bucketId = new long[n];
        this.minAt = new long[n];
        this.minD = new long[n];
        Arrays.fill(bucketId, NONE);
    }

    /**
     * Takes one (source time, receive time) pair into the estimate.
     *
     * @return true when this sample revealed a clock jump (the estimate restarted)
     */
    public boolean observe(long sourceNanos, long receiveNanos) {
        long d = receiveNanos - sourceNanos;
        boolean jumped = false;
        if (tRef != NONE) {
            double residual = d - envelope(sourceNanos);
            if (residual < -jumpThreshold || confirmsBackwardJump(residual, sourceNanos, receiveNanos)) {
                restart();
                jumped = true;
            }
        }
        if (newestSource != NONE && sourceNanos < newestSource - bucketNanos) {
            return jumped; // a late or re-sent sample: its delay says nothing about the clock now
        }
        newestSource = Math.max(newestSource, sourceNanos);
        long bucket = Math.floorDiv(sourceNanos, bucketNanos);
        int slot = (int) Math.floorMod(bucket, (long) bucketId.length);
        if (bucketId[slot] != bucket) {
            bucketId[slot] = bucket;
            minD[slot] = d;
            minAt[slot] = sourceNanos;
            fit(bucket);
        } else if (d < minD[slot]) {
            minD[slot] = d;
            minAt[slot] = sourceNanos;
            if (fitted < 3) {
                fit(bucket);
            }
        }
        return jumped;
    }

    /**
     * A backward jump needs a consistent new timeline: samples above the envelope by about the same amount, with at
     * least {@value #JUMP_SAMPLES} distinct rising source times over the confirmation span. Late re-sends of old
     * samples are sporadic and do not qualify.
     */
    private boolean confirmsBackwardJump(double residual, long sourceNanos, long receiveNanos) {
        if (residual <= jumpThreshold) {
            aboveSince = NONE;
            return false;
        }
        if (aboveSince == NONE || Math.abs(residual - candidateResidual) > jumpThreshold
                || sourceNanos < candidateSource) {
            aboveSince = receiveNanos;
            candidateResidual = residual;
            candidateSource = sourceNanos;
            candidateCount = 1;
            return false;
        }
        if (sourceNanos > candidateSource) {
            candidateSource = sourceNanos;
            candidateCount++;
        }
        return candidateCount >= JUMP_SAMPLES && receiveNanos - aboveSince >= jumpConfirm;
    }

    private void restart() {
        Arrays.fill(bucketId, NONE);
        tRef = NONE;
        aboveSince = NONE;
        newestSource = NONE;
        fitted = 0;
        epoch++;
        jumps++;
    }

    /**
     * Least squares on the minima of the complete buckets of the window, then again without the minima far above the
     * line. Until there are three complete buckets spanning two bucket widths, the drift is kept (0 at first) and
     * the line goes through the lowest point, the open bucket included.
     */
    private void fit(long currentBucket) {
        long oldest = currentBucket - bucketId.length + 1;
        long ref = currentBucket * bucketNanos;
        double[] line = leastSquares(oldest, currentBucket, ref, Double.POSITIVE_INFINITY);
        if (line[2] < 3) {
            intercept = lowest(oldest, ref);
            tRef = ref;
            fitted = (int) line[2];
            return;
        }
        adopt(line, ref);
        double[] again = leastSquares(oldest, currentBucket, ref, tolerance);
        if (again[2] >= 3) {
            adopt(again, ref);
        }
    }

    private void adopt(double[] line, long ref) {
        intercept = line[0];
        drift = line[1];
        tRef = ref;
        fitted = (int) line[2];
    }

    /** The line through the lowest minimum with the current drift, as its value at {@code ref}. */
    private double lowest(long oldest, long ref) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < bucketId.length; i++) {
            if (bucketId[i] != NONE && bucketId[i] >= oldest) {
                best = Math.min(best, minD[i] - drift * (minAt[i] - ref));
            }
        }
        return best;
    }

    /**
     * {intercept at ref, slope, points used} over complete buckets; with {@code cut} finite, only points within cut
     * above the current line. Fewer than three points, or a span under two buckets, give a point count below 3.
     */
    private double[] leastSquares(long oldest, long current, long ref, double cut) {
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < bucketId.length; i++) {
            if (bucketId[i] == NONE || bucketId[i] < oldest || bucketId[i] >= current) {
                continue;
            }
            double x = minAt[i] - ref;
            double y = minD[i];
            if (cut != Double.POSITIVE_INFINITY && y - (intercept + drift * (minAt[i] - tRef)) > cut) {
                continue;
            }
            n++;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        double den = n * sxx - sx * sx;
        if (n < 3 || den <= 0 || hi - lo < 2.0 * bucketNanos) {
            return new double[] {0, 0, Math.min(n, 2)};
        }
        double slope = (n * sxy - sx * sy) / den;
        return new double[] {(sy - slope * sx) / n, slope, n};
    }

    private double envelope(long sourceNanos) {
        return intercept + drift * (sourceNanos - tRef);
    }

    /** Whether any sample has been seen since the start or the last jump. */
    public boolean ready() {
        return tRef != NONE;
    }

    /** Collector clock minus source clock at source time {@code sourceNanos}, in ns (0 before any sample). */
    public long offsetAt(long sourceNanos) {
        return tRef == NONE ? 0 : Math.round(envelope(sourceNanos)) - transportDelay;
    }

    /** {@code sourceNanos} on the collector's clock. */
    public long correct(long sourceNanos) {
        return sourceNanos + offsetAt(sourceNanos);
    }

    /** Estimated drift: collector seconds gained per source second (5e-5 is 50 ppm). */
    public double drift() {
        return drift;
    }

    /** How many clock jumps (restarts) so far; changes whenever the timeline of the source was broken. */
    public int epoch() {
        return epoch;
    }

    /** Clock jumps detected so far. */
    public int jumps() {
        return jumps;
    }
}
