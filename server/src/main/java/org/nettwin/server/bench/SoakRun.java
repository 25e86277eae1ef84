package org.nettwin.server.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.emulator.network.EmulatorSettings;
import org.nettwin.model.topology.Topology;
import org.nettwin.server.collect.LiveCollection;
import org.nettwin.server.emulate.EmulatorRig;
import org.nettwin.store.JdbcTwinStore;
import org.nettwin.store.StoreSettings;
import org.nettwin.store.series.Aggregate;
import org.nettwin.store.series.EntityKind;
import org.nettwin.store.series.Points;
import org.nettwin.store.series.RegisteredSeries;
import org.nettwin.store.series.SeriesFilter;
import org.nettwin.store.series.TimeSeries;
import org.nettwin.telemetry.health.SourceReport;

/**
 * One end-to-end soak: the synthetic metro ({@link SoakNetwork}) emulated in real time with TLS endpoints,
 * collected over gNMI, Prometheus and MQTT, cleaned and stored in an embedded DuckDB store. After a warm-up the
 * window opens; at the end every numeric series must hold one grid sample per second of the window (zero loss), and
 * the data lag (store commit minus grid time) is read from the ingest's histogram.
 */
final class SoakRun {

    private static final Duration SETTLE = Duration.ofSeconds(8);

    /** Series the Prometheus scraper adds about each scrape itself (not emitted by a device). */
    private static final Set<String> SCRAPE_META = Set.of("up", "scrape_duration_seconds");

    private SoakRun() {
    }

    static SoakReport run(int sites, Duration duration, Duration warmup, Path dataDir, EmulatorSettings settings,
                          PrintWriter progress) throws InterruptedException {
        Topology topology = SoakNetwork.of(sites);
        Clock clock = Clock.systemUTC();
        try (JdbcTwinStore store = JdbcTwinStore.open(StoreSettings.duckdb(dataDir), clock);
             EmulatorRig rig = EmulatorRig.start(topology, settings, clock)) {
            LiveCollection live = LiveCollection.start(rig.directory(), store.series(), "soak", clock,
                    Duration.ofSeconds(1), Duration.ofMillis(100));
            try {
                long emitted = numericSeries(rig);
                progress.printf(Locale.ROOT, "soak: %s, devices %s, %,d numeric series at 1 s; warm-up %d s%n",
                        topology.name(), rig.deviceCounts(), emitted, warmup.toSeconds());
                progress.flush();
                Thread.sleep(warmup.toMillis());
                Instant from = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
                live.ingest().resetLag();
                long heapStart = heapAfterGc();
                long heapMax = heapStart;
                long end = System.nanoTime() + duration.toNanos();
                while (System.nanoTime() < end) {
                    Thread.sleep(Math.min(30_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                    long heap = heapAfterGc();
                    heapMax = Math.max(heapMax, heap);
                    long[] lag = live.ingest().lagMillis();
                    progress.printf(Locale.ROOT, "soak: %s left; received %,d, stored %,d, lag p99 %d ms, "
                            + "heap after GC %d MB%n", Duration.ofNanos(Math.max(0, end - System.nanoTime()))
                            .truncatedTo(ChronoUnit.SECONDS), live.received(), live.ingest().written(), lag[1], heap);
                    progress.flush();
                }
                Instant to = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(SETTLE);
                Thread.sleep(SETTLE.toMillis());
                long heapEnd = heapAfterGc();
                live.close();
                return report(rig, live, store.series(), from, to, emitted, new long[] {heapStart, heapEnd,
                    Math.max(heapMax, heapEnd)});
            } finally {
                live.close();
            }
        }
    }

    private static SoakReport report(EmulatorRig rig, LiveCollection live, TimeSeries series, Instant from,
                                     Instant to, long emitted, long[] heap) {
        long window = Duration.between(from, to).toSeconds();
        long stored = 0;
        long gaps = 0;
        long storedSeries = 0;
        for (EntityKind kind : new EntityKind[] {EntityKind.DEVICE, EntityKind.INTERFACE}) {
            Map<Long, Points> counts = series.aggregate(SeriesFilter.kind(kind), from, to,
                    Duration.ofSeconds(window), Aggregate.COUNT);
            storedSeries += series.series(SeriesFilter.kind(kind)).size();
            Set<Long> meta = new HashSet<>();
            for (RegisteredSeries s : series.series(SeriesFilter.kind(kind))) {
                if (SCRAPE_META.contains(s.key().metric().name())) {
                    meta.add(s.id());
                }
            }
            storedSeries += -meta.size();
            for (Map.Entry<Long, Points> e : counts.entrySet()) {
                if (meta.contains(e.getKey())) {
                    continue;
                }
                Points p = e.getValue();
                long n = 0;
                for (int i = 0; i < p.size(); i++) {
                    n += (long) p.value(i);
                }
                stored += Math.min(n, window);
                gaps += n < window ? 1 : 0;
            }
            gaps += series.series(SeriesFilter.kind(kind)).size() - meta.size()
                    - counts.keySet().stream().filter(id -> !meta.contains(id)).count();
        }
        long[] lag = live.ingest().lagMillis();
        long rejected = live.rig().health().stream().mapToLong(SourceReport::rejectedTotal).sum();
        return new SoakReport(rig.deviceCounts(), emitted, storedSeries, window, emitted * window, stored, gaps,
                lag[0], lag[1], lag[2], heap[0], heap[1], heap[2], live.received(), rejected, live.rig().refused());
    }

    /** Counter, gauge and flag leaves of all devices: the series the store should hold. */
    private static long numericSeries(EmulatorRig rig) {
        long n = 0;
        for (EmulatedDevice d : rig.network().devices()) {
            for (Leaf leaf : d.leaves()) {
                n += leaf.value() instanceof LeafValue.Text ? 0 : 1;
            }
        }
        return n;
    }

    /** Heap in use after the last collection, in MB (old generation and survivors; young garbage excluded). */
    private static long heapAfterGc() {
        System.gc();
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                bytes += pool.getCollectionUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
