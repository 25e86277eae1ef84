package org.nettwin.twin.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.model.network.Network;
import org.nettwin.model.slice.SlaTarget;
import org.nettwin.model.slice.Slice;
import org.nettwin.model.slice.SliceType;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.store.JdbcTwinStore;
import org.nettwin.store.StoreSettings;
import org.nettwin.store.TwinStore;
import org.nettwin.testkit.time.ManualClock;

class SliceKpisTest {

    @TempDir
    Path dir;

    @Test
    void predictsEachSlicesKpisFromTheEstimatedMatrix() {
        Slice loose = new Slice("bulk", SliceType.EMBB, SlaTarget.NONE.withMaxLatency(Duration.ofSeconds(1)),
                List.of(NodeId.of("h1"), NodeId.of("h2")), List.of());
        Slice tight = new Slice("urllc", SliceType.URLLC, SlaTarget.NONE.withMaxLatency(Duration.ofNanos(1000)),
                List.of(NodeId.of("h3"), NodeId.of("h1")), List.of());
        Network network = new Network(TestNetwork.topology(), TrafficMatrix.EMPTY, List.of(loose, tight));
        TestNetwork net = new TestNetwork();
        ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
        try (TwinStore store = JdbcTwinStore.open(StoreSettings.duckdb(dir), clock);
             LiveTwin twin = LiveTwin.of(network, LiveTwinSettings.DEFAULTS, clock, store)) {
            net.describeAll(twin);
            Map<String, Double> kpis = Map.of();
            for (int i = 0; i < 6; i++) {
                clock.advance(Duration.ofSeconds(1));
                net.second(twin, clock.instant(), TestNetwork.loads(), List.of());
                kpis = twin.refresh().kpis();
            }
            assertThat(kpis.get("slice:bulk:throughput_bps")).isCloseTo(150e6, within(3e6));
            assertThat(kpis.get("slice:bulk:latency_s")).isPositive().isLessThan(0.01);
            assertThat(kpis.get("slice:bulk:loss_ratio")).isCloseTo(0, within(1e-6));
            assertThat(kpis.get("slice:bulk:sla_met")).isEqualTo(1.0);
            assertThat(kpis.get("slice:urllc:throughput_bps")).isCloseTo(70e6, within(2e6));
            assertThat(kpis.get("slice:urllc:sla_met")).isEqualTo(0.0);
        }
    }
}
