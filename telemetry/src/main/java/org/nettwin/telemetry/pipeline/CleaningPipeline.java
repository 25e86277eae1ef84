package org.nettwin.telemetry.pipeline;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.pipeline.PipelineSettings.LatePolicy;
import org.nettwin.telemetry.pipeline.PipelineSettings.NonFiniteRule;
import org.nettwin.telemetry.pipeline.check.Deduplicator;
import org.nettwin.telemetry.pipeline.check.OutlierDetector;
import org.nettwin.telemetry.pipeline.clock.ClockEstimator;
import org.nettwin.telemetry.pipeline.counter.RateConverter;
import org.nettwin.telemetry.pipeline.grid.GridAligner;
import org.nettwin.telemetry.spi.MeasurementSink;

/**
 * The cleaning and synchronising pipeline. Each measurement, with the time the collector received it, goes through:
 * validation (text values counted as unsupported; NaN/infinities per {@link NonFiniteRule}; negative counters
 * rejected), de-duplication on (series, source timestamp), the source's clock estimate (offset and drift, see
 * {@link ClockEstimator}) which corrects its timestamp, the late-data policy against the watermark (newest corrected
 * time seen), per-series ordering (older than the series' newest: counted out of order and dropped, since its grid
 * points have been emitted), counters to rates ({@link RateConverter}), outlier flags ({@link OutlierDetector}) and
 * alignment to the grid ({@link GridAligner}); clean samples go to the {@link CleanSampleSink}.
 *
 * <p>Measurements without a source timestamp take the receive time minus the typical transport delay, flagged
 * {@link QualityFlags#ESTIMATED}. Boot-time leaves (see {@link PipelineSettings.Counters}) record the source's reset
 * time, used to compute a rate across a reset. All methods are synchronized, so collectors may share one pipeline;
 * for more throughput, run one pipeline per group of sources.
 */
public final class CleaningPipeline implements MeasurementSink {

    /** The source timestamp of a measurement that carried none. */
    public static final long NO_SOURCE_TIME = Long.MIN_VALUE;

    private final PipelineSettings settings;
    private final Clock clock;
    private final CleanSampleSink sink;
    private final SeriesTable table;
    private final Deduplicator dedupe;
    private final RateConverter rates;
    private final OutlierDetector outliers;
    private final GridAligner aligner;
    private final GridAligner.Output output = this::emit;
    private final long lateness;
    private final long transportDelay;
    private final long flagThreshold;
    private final boolean holdLast;
    private final boolean dropLate;
    private long watermark = Long.MIN_VALUE;

    /** A pipeline cleaning with {@code settings}, stamping receive times from {@code clock}, delivering to {@code sink}. */
    public CleaningPipeline(PipelineSettings settings, Clock clock, CleanSampleSink sink) {
        this.settings = requireNonNull(settings, "settings");
        this.clock = requireNonNull(clock, "clock");
        this.sink = requireNonNull(sink, "sink");
        PipelineSettings.Clock c = settings.clock();
        this.table = new SeriesTable(Pattern.compile(settings.counters().counterPattern()),
                Pattern.compile(settings.counters().bootTimePattern()),
                name -> new SourceState(name, new ClockEstimator(c.window().toNanos(), c.bucket().toNanos(),
                        c.transportDelay().toNanos(), c.jumpThreshold().toNanos(), c.jumpConfirm().toNanos())));
        this.dedupe = new Deduplicator(settings.checks().dedupeDepth());
        this.rates = new RateConverter(settings.counters().wrapRateFactor());
        this.outliers = new OutlierDetector(settings.checks().outlierZ(), settings.checks().outlierWarmup());
        this.aligner = new GridAligner(settings.grid().step().toNanos(), settings.grid().maxGapSteps());
        this.lateness = settings.grid().allowedLateness().toNanos();
        this.transportDelay = c.transportDelay().toNanos();
        this.flagThreshold = c.flagThreshold().toNanos();
        this.holdLast = settings.checks().nonFinite() == NonFiniteRule.HOLD_LAST;
        this.dropLate = settings.grid().latePolicy() == LatePolicy.DROP;
    }

    /** The settings this pipeline cleans with. */
    public PipelineSettings settings() {
        return settings;
    }

    /** Takes a measurement received now (by the pipeline's clock). */
    @Override
    public void accept(Measurement m) {
        Instant now = clock.instant();
        accept(m, now.getEpochSecond() * 1_000_000_000L + now.getNano());
    }

    /**
     * A sink for recorded data (a replayed capture): each measurement counts as received at its own source time plus
     * the configured transport delay, so a file is cleaned as it was when live instead of as one burst at the
     * replay's wall-clock instant. Measurements without a source time are stamped with the clock.
     */
    public MeasurementSink replaySink() {
        long delay = settings.clock().transportDelay().toNanos();
        return m -> {
            if (m.sourceTimeNanos().isPresent()) {
                accept(m, m.sourceTimeNanos().getAsLong() + delay);
            } else {
                accept(m);
            }
        };
    }

    /** Takes a measurement the collector received at {@code receiveNanos} (ns since the epoch, collector clock). */
    public synchronized void accept(Measurement m, long receiveNanos) {
        CleanSeries s = table.intern(m.source(), m.name(), m.labels());
        long source = m.sourceTimeNanos().isPresent() ? m.sourceTimeNanos().getAsLong() : NO_SOURCE_TIME;
        MeasuredValue v = m.value();
        if (v instanceof MeasuredValue.Numeric n) {
            accept(s.index(), source, receiveNanos, n.value());
        } else if (v instanceof MeasuredValue.Flag f) {
            accept(s.index(), source, receiveNanos, f.value() ? 1.0 : 0.0);
        } else {
            SourceState st = table.sourceOf(s.index());
            st.receive(receiveNanos);
            st.unsupported++;
        }
    }

    /** The interned series of (source, name, labels), registering it on first sight; its index feeds the fast path. */
    public synchronized CleanSeries series(String source, String name, Map<String, String> labels) {
        return table.intern(requireNonNull(source, "source"), requireNonNull(name, "name"), labels);
    }

    /**
     * The fast path: one numeric reading of an interned series.
     *
     * @param series       {@link CleanSeries#index()}
     * @param sourceNanos  the source's timestamp (ns since the epoch, source clock) or {@link #NO_SOURCE_TIME}
     * @param receiveNanos when the collector received it (ns since the epoch, collector clock)
     * @param value        the reading
     */
    public synchronized void accept(int series, long sourceNanos, long receiveNanos, double value) {
        SourceState st = table.sourceOf(table.series(series).index());
        st.receive(receiveNanos);
        double v = value;
        int flags = 0;
        if (!Double.isFinite(v)) {
            if (!holdLast || Double.isNaN(table.last(series))) {
                st.rejected++;
                return;
            }
            v = table.last(series);
            flags = QualityFlags.ESTIMATED;
        }
        boolean counter = table.series(series).rate();
        if (rejects(series, st, v, counter)) {
            return;
        }
        long source = sourceNanos;
        long corrected;
        if (sourceNanos == NO_SOURCE_TIME) {
            corrected = receiveNanos - transportDelay;
            source = corrected;
            flags |= QualityFlags.ESTIMATED;
        } else {
            corrected = corrected(series, st, sourceNanos, receiveNanos);
            if (corrected == Long.MIN_VALUE) {
                return;
            }
            flags |= Math.abs(corrected - sourceNanos) >= flagThreshold ? QualityFlags.CLOCK_CORRECTED : 0;
        }
        flags = ordered(series, st, corrected, flags);
        if (flags < 0) {
            return;
        }
        table.last(series, v);
        if (counter) {
            toRate(series, st, source, corrected, v, flags);
        } else {
            align(series, st, corrected, v, flags);
        }
    }

    private boolean rejects(int series, SourceState st, double v, boolean counter) {
        if (table.bootTime(series)) {
            st.resetAt = v > 1e15 ? (long) v : Math.round(v * 1e9);
        }
        if (counter && v < 0) {
            st.rejected++;
            return true;
        }
        return false;
    }

    /** The source time on the collector's clock, or {@code Long.MIN_VALUE} for a duplicate (counted). */
    private long corrected(int series, SourceState st, long sourceNanos, long receiveNanos) {
        if (dedupe.repeats(series, sourceNanos)) {
            st.duplicates++;
            return Long.MIN_VALUE;
        }
        st.clock.observe(sourceNanos, receiveNanos);
        st.sourceTime(sourceNanos);
        return sourceNanos + st.clock.offsetAt(sourceNanos);
    }

    /** Applies the late policy and per-series order; the flags to go on with, or -1 to drop the sample. */
    private int ordered(int series, SourceState st, long corrected, int flags) {
        int f = flags;
        if (corrected > watermark) {
            watermark = corrected;
        } else if (corrected < watermark - lateness) {
            st.late++;
            if (dropLate) {
                return -1;
            }
            f |= QualityFlags.LATE;
        }
        if (corrected <= table.newest(series)) {
            st.outOfOrder++;
            return -1;
        }
        table.newest(series, corrected);
        return f;
    }

    private void toRate(int series, SourceState st, long source, long corrected, double v, int flags) {
        int verdict = rates.convert(series, source, corrected, v, 1.0 + st.clock.drift(), st.clock.epoch(),
                table.limit(series), st.resetAt);
        if (verdict == RateConverter.WRAP_32 || verdict == RateConverter.WRAP_64) {
            st.wraps++;
        } else if (verdict == RateConverter.RESET_RATE || verdict == RateConverter.RESET_SKIPPED) {
            st.resets++;
        }
        if (verdict == RateConverter.NO_RATE || verdict == RateConverter.RESET_SKIPPED) {
            st.accepted++;
            return;
        }
        if (rates.pointTime() <= aligner.lastTime(series)) {
            st.accepted++;
            return;
        }
        align(series, st, rates.pointTime(), rates.rate(), flags | rates.flags());
    }

    private void align(int series, SourceState st, long time, double v, int flags) {
        int f = flags;
        if (outliers.outlier(series, v, table.limit(series))) {
            f |= QualityFlags.OUTLIER;
            st.outliers++;
        }
        st.accepted++;
        st.missing += aligner.add(series, time, v, f, output);
    }

    private void emit(int series, long gridNanos, double value, int flags) {
        table.sourceOf(series).emitted++;
        sink.accept(table.series(series), Math.floorDiv(gridNanos, 1000L), value, flags);
    }

    /** Declares the series' physical limit per second (e.g. interface speed in octets/s): above it is an outlier. */
    public synchronized void limitRate(int series, double maxPerSecond) {
        if (!(maxPerSecond > 0)) {
            throw new IllegalArgumentException("limit must be positive: " + maxPerSecond);
        }
        table.limit(table.series(series).index(), maxPerSecond);
    }

    /** Records that {@code source} restarted at {@code resetSourceNanos} (its own clock), e.g. from its boot time. */
    public synchronized void recordReset(String source, long resetSourceNanos) {
        table.source(source).resetAt = resetSourceNanos;
    }

    /** Counts an error a collector met for {@code source} (malformed message, decode failure). */
    public synchronized void recordError(String source) {
        table.source(source).errors++;
    }

    /** The watermark: the newest corrected sample time seen, ns since the epoch ({@code Long.MIN_VALUE} if none). */
    public synchronized long watermarkNanos() {
        return watermark;
    }

    /** How many series have been interned. */
    public synchronized int seriesCount() {
        return table.size();
    }

    /** A snapshot of every source's health, in the order the sources were first seen. */
    public synchronized List<SourceHealth> health() {
        List<SourceHealth> out = new ArrayList<>();
        for (SourceState s : table.sources()) {
            out.add(s.snapshot());
        }
        return List.copyOf(out);
    }

    /** A snapshot of one source's health, if it has been seen. */
    public synchronized Optional<SourceHealth> health(String source) {
        return Optional.ofNullable(table.existingSource(source)).map(SourceState::snapshot);
    }
}
