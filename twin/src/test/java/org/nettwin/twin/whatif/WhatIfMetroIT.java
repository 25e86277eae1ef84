package org.nettwin.twin.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.nettwin.NettwinReader;
import org.nettwin.model.network.Network;
import org.nettwin.model.scenario.FailedElements;
import org.nettwin.model.slice.Slice;
import org.nettwin.sim.flow.FlowEstimator;
import org.nettwin.sim.spi.ProgressListener;
import org.nettwin.sim.spi.RunSettings;
import org.nettwin.store.JdbcTwinStore;
import org.nettwin.store.StoreSettings;
import org.nettwin.store.TwinStore;

/** What-ifs on the demo network (examples/metro-5g.json, its own demands as the matrix): answers and timings. */
class WhatIfMetroIT {

    @TempDir
    static Path dir;
    private static TwinStore store;
    private static Network metro;

    @BeforeAll
    static void open() throws Exception {
        store = JdbcTwinStore.open(StoreSettings.duckdb(dir.resolve("store")), Clock.systemUTC());
        metro = new NettwinReader().readNetwork(InputFile.read(Path.of("../examples/metro-5g.json")));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static WhatIfJobs service() {
        Baseline b = baseline();
        return new WhatIfJobs(asOf -> b, store, Clock.systemUTC(), WhatIfSettings.DEFAULTS);
    }

    private static Baseline baseline() {
        return new Baseline(Ring.AT, metro.topology(), metro.demands(), metro.slices(), FailedElements.NONE);
    }

    private static WhatIfRequest request(boolean packet, Change... changes) {
        return new WhatIfRequest("metro", Optional.empty(), List.of(changes), packet, Duration.ofSeconds(10), 1);
    }

    @Test
    void answersARingFailureAtOnceAndJudgesOnlyPairsOfEachSlice() {
        try (WhatIfJobs jobs = service()) {
            jobs.submit(request(false, new Change.FailLink("agg-west--agg-north")), "warm-up");
            long start = System.nanoTime();
            WhatIfJob job = jobs.submit(request(false, new Change.FailLink("agg-north--agg-east")), "ops");
            System.out.printf("metro-5g flow what-if (fail a ring link): %.1f ms%n", (System.nanoTime() - start) / 1e6);
            EngineOutcome o = job.outcomes().get(0);
            WhatIfScenarios.Built built = new WhatIfScenarios(WhatIfSettings.DEFAULTS).build(
                    request(false, new Change.FailLink("agg-north--agg-east")), baseline());
            long estimating = System.nanoTime();
            RunSettings once = new RunSettings(1, 1, 1, ProgressListener.SILENT);
            new FlowEstimator().run(built.baseline(), once);
            new FlowEstimator().run(built.whatIf(), once);
            System.out.printf("  of which the flow estimator (both runs): %.1f ms%n",
                    (System.nanoTime() - estimating) / 1e6);
            assertThat(job.status()).isEqualTo(JobStatus.DONE);
            assertThat(o.whatIf().flows()).hasSize(metro.demands().size());
            o.headline().forEach(l -> System.out.println("  " + l));
            for (SlaBreach b : o.slaBreaches()) {
                Slice slice = metro.slices().stream().filter(s -> s.id().equals(b.slice())).findFirst().orElseThrow();
                String[] ends = b.flow().split("->");
                assertThat(slice.endpoints()).extracting(n -> n.value()).contains(ends[0], ends[1]);
                assertThat(ends[0].startsWith("gnb") && ends[1].startsWith("gnb")).isFalse();
            }
        }
    }

    @Test
    void aFailedAggregationRouterCutsOffItsRadioSitesAndBreaksTheirSlas() {
        try (WhatIfJobs jobs = service()) {
            EngineOutcome o = jobs.submit(request(false, new Change.FailNode("agg-north")), "ops").outcomes().get(0);
            o.headline().forEach(l -> System.out.println("  " + l));
            assertThat(o.headline()).anyMatch(l -> l.contains("cut off"));
            assertThat(o.slaBreaches()).anyMatch(b -> b.flow().contains("gnb-01") && b.target().equals("loss")
                    && !b.alreadyInBaseline());
            assertThat(o.slaBreaches()).noneMatch(b -> b.flow().contains("gnb-05"));
        }
    }

    @Test
    void aDefaultPacketJobFinishesWithinAMinute() throws Exception {
        try (WhatIfJobs jobs = service()) {
            CountDownLatch done = new CountDownLatch(1);
            long start = System.nanoTime();
            try (AutoCloseable l = jobs.onJob(j -> {
                if (JobEntry.ended(j.status())) {
                    done.countDown();
                }
            })) {
                WhatIfJob job = jobs.submit(request(true, new Change.FailLink("agg-north--agg-east")), "ops");
                assertThat(done.await(180, TimeUnit.SECONDS)).isTrue();
                WhatIfJob end = jobs.job(job.id()).orElseThrow();
                System.out.printf("metro-5g packet what-if (10 s asked, default budget): %.1f s, %d + %d events%n",
                        (System.nanoTime() - start) / 1e9, end.outcomes().get(1).baseline().eventsExecuted(),
                        end.outcomes().get(1).whatIf().eventsExecuted());
                end.outcomes().get(1).headline().forEach(h -> System.out.println("  " + h));
                assertThat(end.status()).isEqualTo(JobStatus.DONE);
            }
        }
    }
}
