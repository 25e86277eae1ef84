package org.nettwin.twin.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.Topology;
import org.nettwin.store.JdbcTwinStore;
import org.nettwin.store.StoreSettings;
import org.nettwin.store.TwinStore;
import org.nettwin.store.events.Event;
import org.nettwin.store.events.Severity;
import org.nettwin.store.series.EntityKind;
import org.nettwin.store.series.SampleBatch;
import org.nettwin.store.series.SeriesKey;
import org.nettwin.twin.matrix.EstimationError;
import org.nettwin.twin.whatif.Baseline;
import org.nettwin.testkit.time.ManualClock;

class PastBaselineTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void rebuildsAPastMomentFromStoredSeriesAndInterfaceConfig() {
        ManualClock clock = new ManualClock(T0);
        try (TwinStore store = JdbcTwinStore.open(StoreSettings.duckdb(dir), clock);
             LiveTwin twin = LiveTwin.of(TestNetwork.topology(), LiveTwinSettings.DEFAULTS, clock, store)) {
            clock.advance(Duration.ofSeconds(120));
            populate(store, new TestNetwork(), T0.plusSeconds(10), 40);
            Baseline b = twin.baseline(Optional.of(T0.plusSeconds(45)));
            assertThat(b.at()).isEqualTo(T0.plusSeconds(45));
            assertThat(b.topology().links()).hasSize(6);
            assertThat(EstimationError.of(b.traffic(), TestNetwork.truth()).relativeL2()).isLessThan(0.02);

            store.events().append(Event.of(T0.plusSeconds(46), "alarm.link-down", Severity.CRITICAL, "down")
                    .asAlarm("link-down:L5"));
            assertThat(twin.baseline(Optional.of(T0.plusSeconds(48))).topology().link(LinkId.of("L5"))).isEmpty();
        }
    }

    @Test
    void refusesMomentsWithoutANetworkOrWithoutLoadsInOneLine() {
        ManualClock clock = new ManualClock(T0);
        try (TwinStore store = JdbcTwinStore.open(StoreSettings.duckdb(dir), clock);
             LiveTwin twin = LiveTwin.of(TestNetwork.topology(), LiveTwinSettings.DEFAULTS, clock, store)) {
            clock.advance(Duration.ofSeconds(120));
            assertThatThrownBy(() -> twin.baseline(Optional.of(T0.minusSeconds(3600))))
                    .isInstanceOf(NoSuchElementException.class).hasMessageContaining("no network version")
                    .hasMessageNotContaining("\n");
            assertThatThrownBy(() -> twin.baseline(Optional.of(T0.plusSeconds(60))))
                    .isInstanceOf(NoSuchElementException.class).hasMessageContaining("no link loads");
        }
    }

    @Test
    void readsTheSeriesKeysTheServerWritesOutOctetsUnder() {
        SeriesKey key = SeriesNaming.keyOf(new org.nettwin.telemetry.pipeline.CleanSeries(0, "r1",
                "/interfaces/interface[name=eth2]/state/counters/out-octets", Map.of("target", "r1"), "k", true));
        assertThat(key).isEqualTo(SeriesKey.of(EntityKind.INTERFACE, "r1/eth2", PastBaseline.OUT_OCTETS_METRIC, "B/s"));
    }

    /** Out-octets rates (B/s) of every direction, one sample a second from {@code from}, and the interface config. */
    private static void populate(TwinStore store, TestNetwork net, Instant from, int seconds) {
        Topology t = TestNetwork.topology();
        Map<String, Double> loads = TestNetwork.loads();
        SampleBatch batch = SampleBatch.withCapacity(seconds * 12);
        for (Link l : t.links()) {
            for (String end : new String[] {l.a().value(), l.b().value()}) {
                String ifname = net.ifname(end, l.id().value());
                store.history().recordConfig(end, "interface." + ifname + ".link", Optional.of(l.id().value()), T0,
                        "test");
                long id = store.series().register(SeriesKey.of(EntityKind.INTERFACE, end + "/" + ifname,
                        PastBaseline.OUT_OCTETS_METRIC, "B/s"));
                double bytesPerSecond = loads.getOrDefault(l.id().value() + ":" + end, 0.0) * 1e6 / 8;
                for (int s = 0; s < seconds; s++) {
                    batch.add(id, from.plusSeconds(s).toEpochMilli() * 1000, bytesPerSecond);
                }
            }
        }
        store.series().write(batch);
    }
}
