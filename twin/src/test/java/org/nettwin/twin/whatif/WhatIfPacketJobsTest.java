package org.nettwin.twin.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.model.scenario.FailedElements;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;
import org.nettwin.sim.result.LinkMetric;
import org.nettwin.store.JdbcTwinStore;
import org.nettwin.store.StoreSettings;
import org.nettwin.store.TwinStore;
import org.nettwin.store.scenarios.StoredScenario;

class WhatIfPacketJobsTest {

    private static final WhatIfSettings EVERY_STEP = new WhatIfSettings(1, 4, 100, 20_000_000L, 0.8, 1000,
            WhatIfSettings.DEFAULTS.sizes(), Duration.ofMillis(100), Duration.ZERO);

    @TempDir
    static Path dir;
    private static TwinStore store;

    @BeforeAll
    static void openStore() {
        store = JdbcTwinStore.open(StoreSettings.duckdb(dir.resolve("store")), Clock.systemUTC());
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    /** Collects every pushed job and opens a latch per job id when that job ends. */
    private static final class Recorder {
        final List<WhatIfJob> pushed = new CopyOnWriteArrayList<>();
        final ConcurrentHashMap<String, CountDownLatch> ends = new ConcurrentHashMap<>();
        final CountDownLatch firstProgress = new CountDownLatch(1);

        void accept(WhatIfJob job) {
            pushed.add(job);
            if (job.status() == JobStatus.RUNNING && job.progress() > 0) {
                firstProgress.countDown();
            }
            if (JobEntry.ended(job.status())) {
                ended(job.id()).countDown();
            }
        }

        CountDownLatch ended(String id) {
            return ends.computeIfAbsent(id, k -> new CountDownLatch(1));
        }

        List<WhatIfJob> of(String id) {
            return pushed.stream().filter(j -> j.id().equals(id)).toList();
        }
    }

    private static WhatIfRequest packet(Duration horizon, Change change) {
        return new WhatIfRequest("packet", Optional.empty(), List.of(change), true, horizon, 7);
    }

    @Test
    void runsThePacketSimulatorInTheBackgroundWithRisingProgress() throws Exception {
        Baseline b = Ring.baseline(Ring.traffic(Ring.mbps("A", "B", 50), Ring.mbps("C", "B", 20)), List.of());
        Recorder recorder = new Recorder();
        try (WhatIfJobs service = new WhatIfJobs(asOf -> b, store, Clock.systemUTC(), EVERY_STEP);
             AutoCloseable listening = service.onJob(recorder::accept)) {
            WhatIfJob job = service.submit(packet(Duration.ofSeconds(20), new Change.FailLink("ab")), "carol");
            assertThat(job.status()).isIn(JobStatus.RUNNING, JobStatus.QUEUED);
            assertThat(job.outcomes()).extracting(EngineOutcome::engine).containsExactly("flow");
            assertThat(job.finished()).isEmpty();
            assertThat(recorder.ended(job.id()).await(60, TimeUnit.SECONDS)).isTrue();

            WhatIfJob done = service.job(job.id()).orElseThrow();
            assertThat(done.status()).isEqualTo(JobStatus.DONE);
            assertThat(done.progress()).isEqualTo(1);
            assertThat(done.finished()).isPresent();
            assertThat(done.outcomes()).extracting(EngineOutcome::engine).containsExactly("flow", "packet");
            EngineOutcome p = done.outcomes().get(1);
            // by hand: C->B carries 20 + 50 Mb/s of 100 Mb/s once ab is down
            assertThat(p.whatIf().link("bc", "C").orElseThrow().mean(LinkMetric.UTILISATION))
                    .isCloseTo(0.70, within(0.03));
            assertThat(p.baseline().link("ab", "A").orElseThrow().mean(LinkMetric.UTILISATION))
                    .isCloseTo(0.50, within(0.03));

            List<Double> progress = recorder.of(job.id()).stream().map(WhatIfJob::progress).toList();
            assertThat(progress).isSorted();
            assertThat(progress).anyMatch(x -> x > 0 && x < 1);
            assertThat(recorder.of(job.id()).get(recorder.of(job.id()).size() - 1).status())
                    .isEqualTo(JobStatus.DONE);

            StoredScenario saved = store.scenarios().scenarios(20).stream()
                    .filter(s -> s.name().equals("packet [" + job.id() + "]")).findFirst().orElseThrow();
            assertThat(store.scenarios().results(saved.id())).extracting(r -> r.engine())
                    .containsExactly("flow", "packet");
        }
    }

    @Test
    void cancellingStopsThePacketRunPromptly() throws Exception {
        // 9 Gb/s for 10 min between two nodes: ~675 M packets per run, minutes of work on any machine
        Topology pair = Topology.of("pair", List.of(Node.router("X"), Node.router("Y"), Node.router("Z")),
                List.of(Link.between("xy", "X", "Y").capacity(DataRate.ofGbps(10)).build(),
                        Link.between("yz", "Y", "Z").capacity(DataRate.ofGbps(10)).build(),
                        Link.between("xz", "X", "Z").capacity(DataRate.ofGbps(10)).metric(5).build()));
        Baseline big = new Baseline(Ring.AT, pair, Ring.traffic(Ring.mbps("X", "Y", 9000)), List.of(),
                FailedElements.NONE);
        Baseline small = Ring.baseline(Ring.traffic(Ring.mbps("A", "B", 1)), List.of());
        AtomicReference<Baseline> next = new AtomicReference<>(big);
        Recorder recorder = new Recorder();
        try (WhatIfJobs service = new WhatIfJobs(asOf -> next.get(), store, Clock.systemUTC(),
                EVERY_STEP.withMaxPacketHops(Long.MAX_VALUE));
             AutoCloseable listening = service.onJob(recorder::accept)) {
            WhatIfJob job = service.submit(packet(Duration.ofMinutes(10), new Change.FailLink("yz")), "carol");
            assertThat(recorder.firstProgress.await(60, TimeUnit.SECONDS)).isTrue();
            WhatIfJob cancelled = service.cancel(job.id(), "dave").orElseThrow();
            assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
            assertThat(cancelled.error()).contains("cancelled by dave");
            long cancelledAt = System.nanoTime();

            next.set(small);
            WhatIfJob after = service.submit(packet(Duration.ofSeconds(1), new Change.FailLink("ab")), "carol");
            // one packet thread: the next job can only run once the cancelled run has let go of it
            assertThat(recorder.ended(after.id()).await(60, TimeUnit.SECONDS)).isTrue();
            System.out.printf("cancel -> next packet job done: %.0f ms%n", (System.nanoTime() - cancelledAt) / 1e6);
            assertThat(service.job(after.id()).orElseThrow().status()).isEqualTo(JobStatus.DONE);
            WhatIfJob still = service.job(job.id()).orElseThrow();
            assertThat(still.status()).isEqualTo(JobStatus.CANCELLED);
            assertThat(still.outcomes()).extracting(EngineOutcome::engine).containsExactly("flow");
            assertThat(service.cancel("no-such-job", "dave")).isEmpty();
        }
    }

    @Test
    void packetRunsShowPairsCutOffByAFailedNodeAsLostTraffic() throws Exception {
        // without C: A->E has no route, E->C goes to the failed node, C->A starts at it; A->B is untouched
        Baseline b = Ring.baseline(Ring.traffic(Ring.mbps("A", "E", 8), Ring.mbps("E", "C", 8),
                Ring.mbps("C", "A", 8), Ring.mbps("A", "B", 8)), List.of());
        Recorder recorder = new Recorder();
        try (WhatIfJobs service = new WhatIfJobs(asOf -> b, store, Clock.systemUTC(), EVERY_STEP);
             AutoCloseable listening = service.onJob(recorder::accept)) {
            WhatIfRequest request = new WhatIfRequest("cut", Optional.empty(),
                    List.of(new Change.FailNode("C")), true, Duration.ofSeconds(2), 3);
            WhatIfJob job = service.submit(request, "carol");
            assertThat(recorder.ended(job.id()).await(60, TimeUnit.SECONDS)).isTrue();
            WhatIfJob end = service.job(job.id()).orElseThrow();
            assertThat(end.status()).isEqualTo(JobStatus.DONE);
            EngineOutcome p = end.outcomes().get(1);
            for (String cut : List.of("A->E", "E->C", "C->A")) {
                assertThat(SlaCheck.lossRatio(p.whatIf().flow(cut).orElseThrow())).as(cut).isEqualTo(1);
            }
            assertThat(SlaCheck.lossRatio(p.whatIf().flow("A->B").orElseThrow())).isZero();
            assertThat(p.headline()).anyMatch(l -> l.startsWith("3 traffic pairs are cut off"));
        }
    }

    @Test
    void closingCancelsThePacketRunsStillGoing() throws Exception {
        Baseline b = Ring.baseline(Ring.traffic(Ring.mbps("A", "B", 90), Ring.mbps("B", "A", 90)), List.of());
        Recorder recorder = new Recorder();
        WhatIfJobs service = new WhatIfJobs(asOf -> b, store, Clock.systemUTC(),
                EVERY_STEP.withMaxPacketHops(Long.MAX_VALUE));
        service.onJob(recorder::accept);
        WhatIfJob job = service.submit(packet(Duration.ofMinutes(10), new Change.FailLink("ab")), "carol");
        assertThat(recorder.firstProgress.await(60, TimeUnit.SECONDS)).isTrue();
        service.close();
        assertThat(service.job(job.id()).orElseThrow().status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(recorder.ended(job.id()).await(1, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> service.submit(packet(Duration.ofSeconds(1), new Change.FailLink("ab")), "carol"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void shortensARunAboveThePacketHopBudgetAndSaysSo() throws Exception {
        // 8 Mb/s of 1000-byte frames for 10 s: 10,000 packets, 3 hops each once ab is down = 30,000 hops;
        // a budget of 10,000 leaves a third of the horizon
        Baseline b = Ring.baseline(Ring.traffic(Ring.mbps("A", "B", 8)), List.of());
        Recorder recorder = new Recorder();
        try (WhatIfJobs service = new WhatIfJobs(asOf -> b, store, Clock.systemUTC(),
                EVERY_STEP.withMaxPacketHops(10_000));
             AutoCloseable listening = service.onJob(recorder::accept)) {
            WhatIfJob job = service.submit(packet(Duration.ofSeconds(10), new Change.FailLink("ab")), "carol");
            assertThat(recorder.ended(job.id()).await(60, TimeUnit.SECONDS)).isTrue();
            EngineOutcome p = service.job(job.id()).orElseThrow().outcomes().get(1);
            assertThat(p.headline().get(0)).startsWith("packet run shortened to 3.333 s of traffic (10.000 s asked)");
            assertThat(p.whatIf().link("ab", "A")).isEmpty();
            assertThat(p.whatIf().link("da", "A").orElseThrow().mean(LinkMetric.UTILISATION))
                    .isCloseTo(0.08, within(0.01));
        }
    }
}
