package org.nettwin.telemetry.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nettwin.telemetry.pipeline.SyntheticDevice.S;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The pipeline against the ground truth of two synthetic devices (0.5 s offset, 50 ppm drift, jittered delay,
 * wraps, a reboot, missing, duplicated and late samples). Device A reports its boot time, device B does not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CleaningPipelineAccuracyTest {

    private static final long T0 = Instant.parse("2025-03-01T00:00:00Z").getEpochSecond() * S;
    private static final int SECONDS = 600;
    private static final long GAP_FROM = 400;
    private static final long GAP_TO = 410;

    record Sample(CleanSeries series, long gridMicros, double value, int quality) {
    }

    private final List<Sample> out = new ArrayList<>();
    private final List<Long> offsetErrors = new ArrayList<>();
    private SyntheticDevice a;
    private SyntheticDevice b;
    private CleaningPipeline pipeline;

    @BeforeAll
    void runDevicesThroughThePipeline() {
        a = new SyntheticDevice("A", T0, 500_000_000L, 50e-6, 300 * S + S / 3, true);
        b = new SyntheticDevice("B", T0, -250_000_000L, -30e-6, 250 * S + S / 2, false);
        a.run(SECONDS, GAP_FROM, GAP_TO, new Random(1));
        b.run(SECONDS, 1000, 1000, new Random(2));
        List<SyntheticDevice.Delivery> all = new ArrayList<>(a.deliveries);
        all.addAll(b.deliveries);
        all.sort(Comparator.comparingLong(SyntheticDevice.Delivery::receiveNanos));
        PipelineSettings settings = PipelineSettings.DEFAULTS.withClock(
                PipelineSettings.Clock.DEFAULTS.withTransportDelay(Duration.ofMillis(2)));
        pipeline = new CleaningPipeline(settings, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC),
                (s, t, v, q) -> out.add(new Sample(s, t, v, q)));
        int n = 0;
        for (SyntheticDevice.Delivery d : all) {
            pipeline.accept(d.measurement(), d.receiveNanos());
            if (++n % 250 == 0 && n > 500) {
                for (SyntheticDevice dev : List.of(a, b)) {
                    long src = d.measurement().sourceTimeNanos().getAsLong();
                    SourceHealth h = pipeline.health(dev.name).orElseThrow();
                    long lastSrc = dev == a ? lastSource(a, d) : lastSource(b, d);
                    offsetErrors.add(Math.abs(h.clockOffset().toNanos() - dev.trueOffsetAt(lastSrc)));
                }
            }
        }
    }

    private long lastSource(SyntheticDevice dev, SyntheticDevice.Delivery upTo) {
        long best = Long.MIN_VALUE;
        for (SyntheticDevice.Delivery d : dev.deliveries) {
            if (d.receiveNanos() <= upTo.receiveNanos()) {
                best = Math.max(best, d.measurement().sourceTimeNanos().getAsLong());
            }
        }
        return best;
    }

    private double truth(String name, double seconds, double rebootSeconds) {
        if (name.equals(SyntheticDevice.CPU)) {
            return SyntheticDevice.cpu(seconds);
        }
        return name.equals(SyntheticDevice.IN_PKTS) ? SyntheticDevice.pktRate(seconds) : SyntheticDevice.octetRate(seconds);
    }

    @Test
    void ratesAndGaugesStayWithinOnePercentOfTheTruth() {
        double worst = 0;
        int checked = 0;
        for (Sample s : out) {
            if (s.series().name().equals(SyntheticDevice.BOOT)) {
                continue;
            }
            double x = (s.gridMicros() * 1000L - T0) / 1e9;
            double err = Math.abs(s.value() - truth(s.series().name(), x, 0)) / truth(s.series().name(), x, 0);
            worst = Math.max(worst, err);
            checked++;
        }
        System.out.printf("accuracy: %d grid samples checked, worst relative error %.2e%n", checked, worst);
        assertThat(checked).isGreaterThan(2 * 4 * (SECONDS - 40));
        assertThat(worst).isLessThan(0.01);
    }

    @Test
    void estimatesClockOffsetsWithinTenMilliseconds() {
        long worst = offsetErrors.stream().mapToLong(Long::longValue).max().orElseThrow();
        System.out.printf("clock: worst offset error %.3f ms over %d checks; drift A %.1f ppm, B %.1f ppm%n",
                worst / 1e6, offsetErrors.size(), pipeline.health("A").orElseThrow().driftPpm(),
                pipeline.health("B").orElseThrow().driftPpm());
        assertThat(worst).isLessThan(10_000_000L);
        assertThat(pipeline.health("A").orElseThrow().driftPpm()).isCloseTo(-50.0, org.assertj.core.data.Offset.offset(10.0));
        assertThat(pipeline.health("B").orElseThrow().driftPpm()).isCloseTo(30.0, org.assertj.core.data.Offset.offset(10.0));
    }

    @Test
    void removesEveryDuplicateAndEmitsEachGridPointOnce() {
        Set<String> seen = new HashSet<>();
        for (Sample s : out) {
            assertThat(seen.add(s.series().key() + "@" + s.gridMicros())).as("grid point emitted twice").isTrue();
        }
        assertThat(pipeline.health("A").orElseThrow().duplicates()).isEqualTo(a.duplicates);
        assertThat(pipeline.health("B").orElseThrow().duplicates()).isEqualTo(b.duplicates);
    }

    @Test
    void classifiesWrapsAndResetsAsTheDeviceMadeThem() {
        SourceHealth ha = pipeline.health("A").orElseThrow();
        SourceHealth hb = pipeline.health("B").orElseThrow();
        assertThat(ha.wraps()).isEqualTo(a.wraps);
        assertThat(hb.wraps()).isEqualTo(b.wraps);
        assertThat(ha.resets()).isEqualTo(1);
        assertThat(hb.resets()).isEqualTo(1);
        long flagged = out.stream().filter(s -> s.series().source().equals("B")
                && QualityFlags.has(s.quality(), QualityFlags.COUNTER_RESET)).count();
        assertThat(flagged).isPositive();
    }

    @Test
    void leavesGapsLongerThanThreeStepsMissing() {
        long from = a.trueTime(firstSource(a) + (GAP_FROM + 1) * S) / 1000;
        long to = a.trueTime(firstSource(a) + (GAP_TO - 1) * S) / 1000;
        long inGap = out.stream().filter(s -> s.series().source().equals("A")
                && s.gridMicros() > from && s.gridMicros() < to).count();
        assertThat(inGap).isZero();
        assertThat(pipeline.health("A").orElseThrow().missing()).isGreaterThanOrEqualTo(4L * 8);
    }

    @Test
    void dropsAndCountsLateSamples() {
        assertThat(pipeline.health("A").orElseThrow().late()).isEqualTo(a.late);
        assertThat(pipeline.health("B").orElseThrow().late()).isEqualTo(b.late);
        assertThat(out).noneMatch(s -> QualityFlags.has(s.quality(), QualityFlags.LATE));
    }

    @Test
    void flagsNoOutliersInCleanTrafficAndCorrectsClocks() {
        assertThat(out).noneMatch(s -> QualityFlags.has(s.quality(), QualityFlags.OUTLIER));
        assertThat(out).allMatch(s -> QualityFlags.has(s.quality(), QualityFlags.CLOCK_CORRECTED));
        Map<String, Long> perSource = new HashMap<>();
        out.forEach(s -> perSource.merge(s.series().source(), 1L, Long::sum));
        assertThat(pipeline.health("A").orElseThrow().emitted()).isEqualTo(perSource.get("A"));
    }

    private static long firstSource(SyntheticDevice dev) {
        return (dev.sourceClock(T0) / S + 1) * S;
    }
}
