package org.nettwin.telemetry.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;

class CleaningPipelineTest {

    private static final long S = 1_000_000_000L;
    private static final long T0 = 1_750_000_000L * S;
    private static final String GAUGE = "/system/memory/state/used";
    private static final String BUFFERED = "/system/memory/state/free";
    private static final String OCTETS = "/interfaces/interface[name=eth0]/state/counters/in-octets";

    private record Sample(CleanSeries series, long gridMicros, double value, int quality) {
    }

    private final List<Sample> out = new ArrayList<>();

    private CleaningPipeline pipeline(PipelineSettings settings) {
        return new CleaningPipeline(settings, Clock.fixed(Instant.ofEpochSecond(1_750_000_000L), ZoneOffset.UTC),
                (s, t, v, q) -> out.add(new Sample(s, t, v, q)));
    }

    private static Measurement m(String source, String name, long sec, MeasuredValue v) {
        return new Measurement(source, name, Map.of(), OptionalLong.of(T0 + sec * S), v);
    }

    @Test
    void rejectsNonFiniteNumbersAndCountsTextAsUnsupported() {
        CleaningPipeline p = pipeline(PipelineSettings.DEFAULTS);
        p.accept(m("r1", GAUGE, 0, MeasuredValue.of(Double.NaN)), T0 + 1000);
        p.accept(m("r1", GAUGE, 1, MeasuredValue.of(Double.POSITIVE_INFINITY)), T0 + S + 1000);
        p.accept(m("r1", "/interfaces/interface[name=eth0]/state/oper-status", 1, MeasuredValue.of("UP")), T0 + S);
        p.recordError("r1");
        SourceHealth h = p.health("r1").orElseThrow();
        assertThat(h.rejected()).isEqualTo(2);
        assertThat(h.unsupported()).isEqualTo(1);
        assertThat(h.errors()).isEqualTo(1);
        assertThat(h.received()).isEqualTo(3);
        assertThat(out).isEmpty();
    }

    @Test
    void holdsTheLastValueForNonFiniteNumbersWhenToldToAndFlagsItEstimated() {
        PipelineSettings settings = PipelineSettings.DEFAULTS.withChecks(
                new PipelineSettings.Checks(PipelineSettings.NonFiniteRule.HOLD_LAST, 4, 6, 10));
        CleaningPipeline p = pipeline(settings);
        p.accept(m("r1", GAUGE, 0, MeasuredValue.of(5.0)), T0 + 1000);
        p.accept(m("r1", GAUGE, 1, MeasuredValue.of(Double.NaN)), T0 + S + 1000);
        assertThat(out).last().satisfies(s -> {
            assertThat(s.value()).isEqualTo(5.0);
            assertThat(QualityFlags.has(s.quality(), QualityFlags.ESTIMATED)).isTrue();
        });
    }

    @Test
    void stampsMeasurementsWithoutSourceTimeByTheirReceiveTimeAndFlagsThemEstimated() {
        CleaningPipeline p = pipeline(PipelineSettings.DEFAULTS);
        for (int i = 0; i < 3; i++) {
            p.accept(new Measurement("r1", GAUGE, Map.of(), OptionalLong.empty(), MeasuredValue.of(i)),
                    T0 + i * S + S / 2);
        }
        assertThat(out).hasSize(2).allMatch(s -> QualityFlags.has(s.quality(), QualityFlags.ESTIMATED));
        assertThat(out.get(0).gridMicros()).isEqualTo((T0 + S) / 1000);
    }

    @Test
    void keepsLateSamplesFlaggedWhenThePolicySaysSo() {
        PipelineSettings settings = PipelineSettings.DEFAULTS.withGrid(new PipelineSettings.Grid(Duration.ofSeconds(1),
                3, Duration.ofSeconds(2), PipelineSettings.LatePolicy.FLAG));
        CleaningPipeline p = pipeline(settings);
        for (int i = 0; i < 30; i++) {
            p.accept(m("r1", GAUGE, i, MeasuredValue.of(1.0)), T0 + i * S + 1_000_000);
            if (i >= 10) {
                p.accept(m("r1", BUFFERED, i - 10, MeasuredValue.of(2.0)), T0 + i * S + 2_000_000);
            }
        }
        assertThat(p.health("r1").orElseThrow().late()).isPositive();
        assertThat(p.health("r1").orElseThrow().clockJumps()).isZero();
        assertThat(out).filteredOn(s -> s.series().name().equals(BUFFERED))
                .isNotEmpty().allMatch(s -> QualityFlags.has(s.quality(), QualityFlags.LATE));
        assertThat(out).filteredOn(s -> s.series().name().equals(GAUGE))
                .isNotEmpty().noneMatch(s -> QualityFlags.has(s.quality(), QualityFlags.LATE));
    }

    @Test
    void flagsRatesAboveTheInterfaceSpeedAsOutliers() {
        CleaningPipeline p = pipeline(PipelineSettings.DEFAULTS);
        int s = p.series("r1", OCTETS, Map.of()).index();
        p.limitRate(s, 1.25e9);
        for (int i = 0; i < 20; i++) {
            double v = i < 10 ? i * 1e8 : 9e8 + (i - 9) * 5e9;
            p.accept(s, T0 + i * S, T0 + i * S + 1_000_000, v);
        }
        assertThat(p.health("r1").orElseThrow().outliers()).isEqualTo(10);
        assertThat(out).filteredOn(x -> x.value() > 1.25e9)
                .isNotEmpty().allMatch(x -> QualityFlags.has(x.quality(), QualityFlags.OUTLIER));
    }

    @Test
    void reportsSamplesPerSecondAndLastSeen() {
        CleaningPipeline p = pipeline(PipelineSettings.DEFAULTS);
        for (int i = 0; i < 50; i++) {
            p.accept(m("r1", GAUGE, i / 10, MeasuredValue.of(i)), T0 + i * S / 10);
        }
        SourceHealth h = p.health("r1").orElseThrow();
        assertThat(h.samplesPerSecond()).isBetween(9.0, 11.0);
        assertThat(h.duplicates()).isEqualTo(45);
        assertThat(h.lastSeen()).contains(Instant.ofEpochSecond(0, T0 + 49 * S / 10));
        assertThat(p.health("nobody")).isEmpty();
    }
}
