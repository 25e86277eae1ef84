package org.nettwin.telemetry.pipeline;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * How the pipeline cleans: the grid and its gap and lateness rules, the clock estimator's window, which names are
 * counters, and the checks' thresholds. Durations are wall-clock spans; {@link #DEFAULTS} suits a 1 s twin grid.
 *
 * @param grid     the time grid and what happens to gaps and late data
 * @param clock    the clock offset/drift estimator
 * @param counters which series are counters and how wraps are judged
 * @param checks   validation, de-duplication and outlier thresholds
 */
public record PipelineSettings(Grid grid, Clock clock, Counters counters, Checks checks) {

    /** A 1 s grid, gaps over 3 steps left missing, 5 s lateness (dropped), a 300 s clock window of 10 s buckets. */
    public static final PipelineSettings DEFAULTS = new PipelineSettings(Grid.DEFAULTS, Clock.DEFAULTS,
            Counters.DEFAULTS, Checks.DEFAULTS);

    public PipelineSettings {
        requireNonNull(grid, "grid");
        requireNonNull(clock, "clock");
        requireNonNull(counters, "counters");
        requireNonNull(checks, "checks");
    }

    /** A copy with another grid. */
    public PipelineSettings withGrid(Grid g) {
        return new PipelineSettings(g, clock, counters, checks);
    }

    /** A copy with other checks. */
    public PipelineSettings withChecks(Checks c) {
        return new PipelineSettings(grid, clock, counters, c);
    }

    /** A copy with another clock estimator configuration. */
    public PipelineSettings withClock(Clock c) {
        return new PipelineSettings(grid, c, counters, checks);
    }

    /** What to do with samples behind the watermark minus the allowed lateness. */
    public enum LatePolicy {
        /** Count them and drop them. */
        DROP,
        /** Count them and keep them, flagged {@link QualityFlags#LATE}. */
        FLAG
    }

    /** What to do with NaN and infinite numbers. */
    public enum NonFiniteRule {
        /** Count them as rejected and drop them. */
        REJECT,
        /** Replace them by the series' last finite value, flagged {@link QualityFlags#ESTIMATED} (reject if none). */
        HOLD_LAST
    }

    /**
     * The twin's time grid: points at whole multiples of {@code step} since the epoch. Two neighbouring points
     * further apart than {@code maxGapSteps} steps are not interpolated between (the grid points are missing).
     * A sample whose corrected time is older than the watermark (newest corrected time seen) minus
     * {@code allowedLateness} is late and handled by {@code latePolicy}.
     */
    public record Grid(Duration step, int maxGapSteps, Duration allowedLateness, LatePolicy latePolicy) {

        /** 1 s step, gaps over 3 steps missing, 5 s lateness, late samples dropped. */
        public static final Grid DEFAULTS = new Grid(Duration.ofSeconds(1), 3, Duration.ofSeconds(5), LatePolicy.DROP);

        public Grid {
            positive(step, "grid step");
            requireNonNull(allowedLateness, "allowedLateness");
            requireNonNull(latePolicy, "latePolicy");
            if (maxGapSteps < 1 || allowedLateness.isNegative()) {
                throw new IllegalArgumentException("maxGapSteps must be >= 1 and allowedLateness >= 0");
            }
        }
    }

    /**
     * The clock estimator: a sliding {@code window} of {@code bucket}-wide buckets of source time, each keeping the
     * minimum of (receive - source); {@code transportDelay} is the typical minimum one-way delay subtracted from
     * that lower envelope; residuals beyond {@code jumpThreshold} (below at once, above for {@code jumpConfirm})
     * are a clock jump; corrections above {@code flagThreshold} set {@link QualityFlags#CLOCK_CORRECTED}.
     */
    public record Clock(Duration window, Duration bucket, Duration transportDelay, Duration jumpThreshold,
                        Duration jumpConfirm, Duration flagThreshold) {

        /** 300 s window of 10 s buckets, 1 ms transport delay, 100 ms jump threshold confirmed over 3 s, 1 ms flag. */
        public static final Clock DEFAULTS = new Clock(Duration.ofSeconds(300), Duration.ofSeconds(10),
                Duration.ofMillis(1), Duration.ofMillis(100), Duration.ofSeconds(3), Duration.ofMillis(1));

        public Clock {
            positive(window, "clock window");
            positive(bucket, "clock bucket");
            positive(jumpThreshold, "jump threshold");
            requireNonNull(transportDelay, "transportDelay");
            requireNonNull(jumpConfirm, "jumpConfirm");
            requireNonNull(flagThreshold, "flagThreshold");
            if (window.compareTo(bucket.multipliedBy(2)) < 0) {
                throw new IllegalArgumentException("clock window must hold at least two buckets");
            }
        }

        /** A copy with another typical transport delay. */
        public Clock withTransportDelay(Duration d) {
            return new Clock(window, bucket, d, jumpThreshold, jumpConfirm, flagThreshold);
        }
    }

    /**
     * Which series are counters (their names fully match {@code counterPattern}) and which carry the source's boot
     * time ({@code bootTimePattern}: nanoseconds since the epoch, or seconds if below 1e15). A counter drop is a
     * wrap when the wrap-corrected rate is at most {@code wrapRateFactor} times the previous rate (and below the
     * series' physical limit when known); otherwise it is a reset.
     */
    public record Counters(String counterPattern, String bootTimePattern, double wrapRateFactor) {

        /**
         * OpenConfig {@code .../counters/...} octets, packets, discards, errors, drops; OpenConfig QoS queue counters
         * ({@code .../queue[name=..]/state/dropped-pkts}); Prometheus counters.
         */
        public static final Counters DEFAULTS = new Counters(
                "(?i).*/counters/[^/]*(octets|pkts|packets|discards|errors|drops)[^/]*"
                        + "|(?i).*/queue\\[[^/]*\\]/state/[^/]*(pkts|octets)"
                        + "|.*(_total|_count|_sum|_bucket)",
                ".*/system/state/boot-time|.*process_start_time_seconds", 8.0);

        public Counters {
            Pattern.compile(requireNonNull(counterPattern, "counterPattern"));
            Pattern.compile(requireNonNull(bootTimePattern, "bootTimePattern"));
            if (!(wrapRateFactor >= 1.0)) {
                throw new IllegalArgumentException("wrapRateFactor must be >= 1: " + wrapRateFactor);
            }
        }
    }

    /**
     * Validation and checks: the rule for non-finite numbers, how many recent source timestamps per series are
     * remembered to recognise duplicates, and the robust z-score above which a value is an outlier (after
     * {@code outlierWarmup} values of the series).
     */
    public record Checks(NonFiniteRule nonFinite, int dedupeDepth, double outlierZ, int outlierWarmup) {

        /** Reject non-finite numbers, remember 4 timestamps per series, flag |z| > 6 after 10 values. */
        public static final Checks DEFAULTS = new Checks(NonFiniteRule.REJECT, 4, 6.0, 10);

        public Checks {
            requireNonNull(nonFinite, "nonFinite");
            if (dedupeDepth < 1 || dedupeDepth > 64 || !(outlierZ > 0) || outlierWarmup < 1) {
                throw new IllegalArgumentException("dedupeDepth in 1..64, outlierZ > 0 and outlierWarmup >= 1");
            }
        }
    }

    private static void positive(Duration d, String what) {
        requireNonNull(d, what);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(what + " must be positive: " + d);
        }
    }
}
