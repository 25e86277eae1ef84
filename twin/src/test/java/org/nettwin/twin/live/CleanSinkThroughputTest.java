package org.nettwin.twin.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.store.JdbcTwinStore;
import org.nettwin.store.StoreSettings;
import org.nettwin.store.TwinStore;
import org.nettwin.telemetry.pipeline.CleanSeries;

/** Prints how many clean samples a second the twin's sink takes on one thread (the soak needs ~20k/s); not asserted. */
class CleanSinkThroughputTest {

    @TempDir
    Path dir;

    @Test
    void printsTheCleanSinkThroughput() {
        TestNetwork net = new TestNetwork();
        try (TwinStore store = JdbcTwinStore.open(StoreSettings.duckdb(dir), Clock.systemUTC());
             LiveTwin twin = LiveTwin.of(TestNetwork.topology(), LiveTwinSettings.DEFAULTS, Clock.systemUTC(), store)) {
            net.describeAll(twin);
            List<CleanSeries> series = List.of(
                    net.series("r1", "/interfaces/interface[name=eth0]/state/counters/out-octets"),
                    net.series("r1", "/interfaces/interface[name=eth0]/state/counters/in-unicast-pkts"),
                    net.series("r2", "/interfaces/interface[name=eth1]/state/counters/out-pkts"),
                    new CleanSeries(50, "h1", "node_cpu_seconds_total", Map.of("cpu", "0", "mode", "idle"), "k", true));
            int n = 4_000_000;
            for (int round = 0; round < 2; round++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    twin.cleanSink().accept(series.get(i & 3), i, i, 0);
                }
                double perSecond = n / ((System.nanoTime() - t0) / 1e9);
                System.out.printf(Locale.ROOT, "live twin clean sink: %.1f M samples/s on one thread (round %d)%n",
                        perSecond / 1e6, round + 1);
            }
            assertThat(twin.refresh().links()).hasSize(6);
        }
    }
}
