package org.nettwin.telemetry.pipeline.counter;

import java.util.Arrays;
import org.nettwin.telemetry.pipeline.QualityFlags;

/**
 * Turns each counter series' readings into rates per second, Δvalue / Δt over consecutive source timestamps
 * (scaled by the source's estimated drift), attributed to the middle of the interval they average over.
 *
 * <p>When a reading is below the previous one the converter tries, in order, a 32-bit wrap (only if the previous
 * reading fits in 32 bits) and a 64-bit wrap: a wrap is accepted when the wrap-corrected rate is at most
 * {@code wrapRateFactor} times the previous rate and at most the series' physical limit when known. Otherwise it is
 * a reset (reboot): if the source's reset time is known and falls inside the interval, the rate is the new reading
 * over the time since the reset; if not, the interval is skipped and the next rate is flagged
 * {@link QualityFlags#COUNTER_RESET}. State per series is a handful of primitive array cells. Not thread-safe.
 */
public final class RateConverter {

    /** No rate from this reading: the first of its series (or of a new clock epoch) or a skipped reset. */
    public static final int NO_RATE = 0;
    /** A plain rate. */
    public static final int RATE = 1;
    /** A rate across a 32-bit wrap. */
    public static final int WRAP_32 = 2;
    /** A rate across a 64-bit wrap. */
    public static final int WRAP_64 = 3;
    /** A reset with a known reset time: the rate since the reset. */
    public static final int RESET_RATE = 4;
    /** A reset with no known reset time: the interval is skipped. */
    public static final int RESET_SKIPPED = 5;

    private static final double TWO_32 = 4294967296.0;
    private static final double TWO_64 = 18446744073709551616.0;
    private static final byte EMPTY = 0;
    private static final byte HAS_VALUE = 1;
    private static final byte HAS_RATE = 2;

    private final double wrapRateFactor;
    private double[] lastValue = new double[0];
    private long[] lastSource = new long[0];
    private long[] lastCorrected = new long[0];
    private double[] lastRate = new double[0];
    private int[] epochs = new int[0];
    private byte[] state = new byte[0];
    private boolean[] pendingReset = new boolean[0];

    private long pointTime;
    private double rate;
    private int flags;

    /** A converter judging wraps against {@code wrapRateFactor} times the previous rate (>= 1). */
    public RateConverter(double wrapRateFactor) {
        this.wrapRateFactor = wrapRateFactor;
    }

    /**
     * Takes one counter reading.
     *
     * @param series     dense series index
     * @param source     the reading's source timestamp, ns (source clock)
     * @param corrected  the same on the collector's clock, ns
     * @param value      the counter reading (>= 0)
     * @param timeScale  1 + drift: collector seconds per source second
     * @param epoch      the source's clock epoch; a change restarts the series
     * @param limit      the series' largest possible rate per second, or NaN when unknown
     * @param resetAt    the source's last known reset time (source clock, ns) or {@code Long.MIN_VALUE}
     * @return one of the verdict constants; when a rate results, read {@link #pointTime()}, {@link #rate()},
     *         {@link #flags()}
     */
    public int convert(int series, long source, long corrected, double value, double timeScale, int epoch,
                       double limit, long resetAt) {
        ensure(series);
        if (state[series] == EMPTY || epochs[series] != epoch || source <= lastSource[series]) {
            remember(series, source, corrected, value, HAS_VALUE);
            epochs[series] = epoch;
            return NO_RATE;
        }
        double seconds = (source - lastSource[series]) * timeScale * 1e-9;
        double delta = value - lastValue[series];
        int verdict = RATE;
        if (delta < 0) {
            double ceiling = state[series] == HAS_RATE ? wrapRateFactor * lastRate[series] : Double.NaN;
            ceiling = Double.isNaN(limit) ? ceiling : Double.isNaN(ceiling) ? limit : Math.min(limit, ceiling);
            double wrap32 = TWO_32 - lastValue[series] + value;
            double wrap64 = TWO_64 - lastValue[series] + value;
            if (lastValue[series] < TWO_32 && wrap32 / seconds <= ceiling) {
                delta = wrap32;
                verdict = WRAP_32;
            } else if (wrap64 / seconds <= ceiling) {
                delta = wrap64;
                verdict = WRAP_64;
            } else {
                return reset(series, source, corrected, value, timeScale, resetAt);
            }
        }
        rate = delta / seconds;
        pointTime = lastCorrected[series] + (corrected - lastCorrected[series]) / 2;
        flags = pendingReset[series] ? QualityFlags.COUNTER_RESET : 0;
        pendingReset[series] = false;
        lastRate[series] = rate;
        remember(series, source, corrected, value, HAS_RATE);
        return verdict;
    }

    private int reset(int series, long source, long corrected, double value, double timeScale, long resetAt) {
        if (resetAt != Long.MIN_VALUE && resetAt > lastSource[series] && resetAt < source) {
            double seconds = (source - resetAt) * timeScale * 1e-9;
            long resetCorrected = corrected - Math.round((source - resetAt) * timeScale);
            rate = value / seconds;
            pointTime = resetCorrected + (corrected - resetCorrected) / 2;
            flags = QualityFlags.COUNTER_RESET;
            lastRate[series] = rate;
            remember(series, source, corrected, value, HAS_RATE);
            return RESET_RATE;
        }
        pendingReset[series] = true;
        remember(series, source, corrected, value, HAS_VALUE);
        return RESET_SKIPPED;
    }

    private void remember(int series, long source, long corrected, double value, byte newState) {
        lastValue[series] = value;
        lastSource[series] = source;
        lastCorrected[series] = corrected;
        state[series] = newState;
    }

    private void ensure(int series) {
        if (series < state.length) {
            return;
        }
        int n = Math.max(series + 1, state.length * 2);
        lastValue = Arrays.copyOf(lastValue, n);
        lastSource = Arrays.copyOf(lastSource, n);
        lastCorrected = Arrays.copyOf(lastCorrected, n);
        lastRate = Arrays.copyOf(lastRate, n);
        epochs = Arrays.copyOf(epochs, n);
        state = Arrays.copyOf(state, n);
        pendingReset = Arrays.copyOf(pendingReset, n);
    }

    /** Collector-clock time (ns) the last rate is attributed to: the middle of its interval. */
    public long pointTime() {
        return pointTime;
    }

    /** The last rate, per second. */
    public double rate() {
        return rate;
    }

    /** Quality bits of the last rate ({@link QualityFlags#COUNTER_RESET} or 0). */
    public int flags() {
        return flags;
    }
}
