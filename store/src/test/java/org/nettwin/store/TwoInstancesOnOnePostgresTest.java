package org.nettwin.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nettwin.model.network.Network;
import org.nettwin.model.topology.Topology;
import org.nettwin.store.audit.SqlAuditLog;
import org.nettwin.store.history.NetworkVersion;
import org.nettwin.store.history.SqlNetworkHistory;
import org.nettwin.store.jdbc.Database;
import org.nettwin.store.registry.SqlModelRegistry;

/**
 * Two twin instances sharing one PostgreSQL database (two {@link Database}s, so two independent write locks, as in
 * two processes): numbered appends must still be unique and gap-free, which only the database can guarantee.
 */
class TwoInstancesOnOnePostgresTest {

    private static final int PER_INSTANCE = 30;

    private final AdjustableClock clock = new AdjustableClock(Instant.parse("2025-03-04T10:00:00Z"));
    private Database first;
    private Database second;

    @BeforeEach
    void open() {
        StoreSettings settings = PostgresServer.freshDatabase();
        first = Database.open(settings);
        second = Database.open(settings);
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    @Test
    void numberAuditEntriesWithoutGapsAndKeepOneIntactChain() throws Exception {
        SqlAuditLog a = new SqlAuditLog(first, clock);
        SqlAuditLog b = new SqlAuditLog(second, clock);

        List<Long> sequences = both(() -> a.append("twin-a", "act", "t", "r", "p").sequence(),
                () -> b.append("twin-b", "act", "t", "r", "p").sequence());

        assertThat(sequences).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 2 * PER_INSTANCE).boxed()
                .toList());
        assertThat(a.firstBrokenLink()).isEmpty();
    }

    @Test
    void numberModelVersionsAndNetworkVersionsWithoutCollisions() throws Exception {
        SqlModelRegistry ra = new SqlModelRegistry(first, clock);
        SqlModelRegistry rb = new SqlModelRegistry(second, clock);
        SqlNetworkHistory ha = new SqlNetworkHistory(first, clock);
        SqlNetworkHistory hb = new SqlNetworkHistory(second, clock);
        Network network = Network.of(Topology.of("empty", List.of(), List.of()));

        List<Long> models = both(() -> (long) ra.register("m", Map.of(), List.of(), new byte[1]).version(),
                () -> (long) rb.register("m", Map.of(), List.of(), new byte[1]).version());
        List<Long> versions = both(() -> ha.record(network, clock.instant(), "a").version(),
                () -> hb.record(network, clock.instant(), "b").version());

        List<Long> expected = LongStream.rangeClosed(1, 2 * PER_INSTANCE).boxed().toList();
        assertThat(models).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(versions).containsExactlyInAnyOrderElementsOf(expected);
        List<NetworkVersion> all = ha.versions(Instant.MIN, Instant.MAX);
        assertThat(all.stream().map(NetworkVersion::recordedAt).distinct()).hasSize(2 * PER_INSTANCE);
    }

    private static List<Long> both(Callable<Long> onFirst, Callable<Long> onSecond) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Long>> a = pool.submit(() -> repeat(onFirst));
            Future<List<Long>> b = pool.submit(() -> repeat(onSecond));
            List<Long> all = new ArrayList<>(a.get());
            all.addAll(b.get());
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Long> repeat(Callable<Long> call) throws Exception {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < PER_INSTANCE; i++) {
            out.add(call.call());
        }
        return out;
    }
}
