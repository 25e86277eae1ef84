package org.nettwin.twin.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.store.JdbcTwinStore;
import org.nettwin.store.StoreSettings;
import org.nettwin.store.TwinStore;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.pipeline.CleanSeries;
import org.nettwin.twin.state.ElementStatus;
import org.nettwin.twin.state.TwinState;
import org.nettwin.testkit.time.ManualClock;

class BadObservationsTest {

    @TempDir
    Path dir;

    @Test
    void countsAndIgnoresBadObservationsWithoutThrowing() {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
        TestNetwork net = new TestNetwork();
        try (TwinStore store = JdbcTwinStore.open(StoreSettings.duckdb(dir), clock);
             LiveTwin twin = LiveTwin.of(TestNetwork.topology(), LiveTwinSettings.DEFAULTS, clock, store)) {
            net.describeAll(twin);
            long before = twin.badObservations();
            assertThatCode(() -> {
                twin.observationSink().accept(TestNetwork.text("nobody", "eth0", "oper-status", "DOWN"));
                twin.observationSink().accept(TestNetwork.text("r1", "eth0", "description", "garbage"));
                twin.observationSink().accept(TestNetwork.text("r1", "eth0", "description", "link=L9 peer=r2"));
                twin.observationSink().accept(TestNetwork.text("r1", "eth0", "description", "link=L6 peer=h3"));
                twin.observationSink().accept(TestNetwork.text("r1", "eth0", "oper-status", "SIDEWAYS"));
                twin.observationSink().accept(TestNetwork.text("r1", "eth9", "oper-status", "DOWN"));
                twin.observationSink().accept(new Measurement("r1", "/interfaces/interface[name=]/state/oper-status",
                        Map.of(), OptionalLong.empty(), MeasuredValue.of("DOWN")));
                twin.observationSink().accept(null);
                twin.cleanSink().accept(new CleanSeries(900, "ghost", "/x", Map.of(), "ghost|/x", false), 0, 1, 0);
                twin.cleanSink().accept(net.series("r1", "/interfaces/interface[name=eth0]/state/counters/out-octets"),
                        0, Double.NaN, 0);
                twin.cleanSink().accept(null, 0, 1, 0);
            }).doesNotThrowAnyException();
            assertThat(twin.badObservations() - before).isEqualTo(11);
            TwinState s = twin.refresh();
            assertThat(s.links()).allSatisfy(l -> assertThat(l.status()).isEqualTo(ElementStatus.UP));
            assertThat(s.links().get(0).ab().rateBps()).isEmpty();
        }
    }

    @Test
    void readsTheNodeKpisOfRoutersServersAndCells() {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
        try (TwinStore store = JdbcTwinStore.open(StoreSettings.duckdb(dir), clock);
             LiveTwin twin = LiveTwin.of(TestNetwork.topology(), LiveTwinSettings.DEFAULTS, clock, store)) {
            int i = 1000;
            feed(twin, i++, "r1", "/components/component[name=CPU0]/cpu/utilization/state/instant", Map.of(), 42);
            feed(twin, i++, "r1", "/components/component[name=chassis]/state/memory/utilized", Map.of(), 1);
            feed(twin, i++, "r1", "/components/component[name=chassis]/state/memory/available", Map.of(), 3);
            feed(twin, i++, "h1", "node_cpu_seconds_total", Map.of("cpu", "0", "mode", "idle"), 0.75);
            feed(twin, i++, "h1", "node_cpu_seconds_total", Map.of("cpu", "0", "mode", "user"), 0.25);
            feed(twin, i++, "h1", "nf_request_duration_seconds_sum", Map.of("nf", "upf"), 0.5);
            feed(twin, i++, "h1", "nf_request_duration_seconds_count", Map.of("nf", "upf"), 100);
            TwinState s = twin.refresh();
            Map<String, Double> r1 = s.nodes().stream().filter(n -> n.id().equals("r1")).findFirst().orElseThrow()
                    .kpis();
            assertThat(r1).containsEntry("cpu_percent", 42.0).containsEntry("memory_used_ratio", 0.25);
            Map<String, Double> h1 = s.nodes().get(0).kpis();
            assertThat(h1).containsEntry("cpu_percent", 25.0).containsEntry("latency_mean_seconds", 0.005);
        }
    }

    private static void feed(LiveTwin twin, int index, String source, String name, Map<String, String> labels,
                             double value) {
        twin.cleanSink().accept(new CleanSeries(index, source, name, labels, source + "|" + name + labels, true), 0,
                value, 0);
    }
}
