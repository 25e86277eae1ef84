package org.nettwin.sim.packet;

/**
 * The delays of one flow's received packets (ns) in log-linear buckets, for percentiles: exact below 1,024 ns,
 * then 1,024 equal buckets per power of two, so a percentile read at a bucket's midpoint is within 1/2048
 * (0.05 %) of the exact order statistic; it is also clamped to the observed minimum and maximum, which makes a
 * flow with a single delay value exact. Memory: 4 KB per power of two actually used (allocated on first use), so
 * a flow whose delays span 1 to 8 ms costs 16 KB whatever its packet count.
 */
final class DelayHistogram {

    private static final int SUB_BITS = 10;
    private static final int SUB = 1 << SUB_BITS;

    private final int[][] octaves = new int[64 - SUB_BITS + 1][];
    private long count;
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;

    void record(long delay) {
        int octave;
        int sub;
        if (delay < SUB) {
            octave = 0;
            sub = (int) delay;
        } else {
            int k = 63 - Long.numberOfLeadingZeros(delay);
            octave = k - SUB_BITS + 1;
            sub = (int) (delay >>> (k - SUB_BITS)) & (SUB - 1);
        }
        int[] counts = octaves[octave];
        if (counts == null) {
            counts = new int[SUB];
            octaves[octave] = counts;
        }
        counts[sub]++;
        count++;
        if (delay < min) {
            min = delay;
        }
        if (delay > max) {
            max = delay;
        }
    }

    long count() {
        return count;
    }

    /**
     * The {@code q}-quantile (0 < q <= 1) by the nearest-rank rule: the smallest recorded value v such that at least
     * ceil(q * count) values are <= v, as the midpoint of its bucket. NaN when nothing was recorded.
     */
    double quantile(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(q * count));
        long seen = 0;
        for (int octave = 0; octave < octaves.length; octave++) {
            int[] counts = octaves[octave];
            if (counts == null) {
                continue;
            }
            for (int sub = 0; sub < SUB; sub++) {
                seen += counts[sub];
                if (seen >= rank) {
                    return Math.min(max, Math.max(min, midpoint(octave, sub)));
                }
            }
        }
        return max;
    }

    private static double midpoint(int octave, int sub) {
        if (octave == 0) {
            return sub;
        }
        int k = octave + SUB_BITS - 1;
        double width = Math.pow(2, k - SUB_BITS);
        double lower = Math.pow(2, k) + sub * width;
        return lower + (width - 1) / 2.0;
    }
}
