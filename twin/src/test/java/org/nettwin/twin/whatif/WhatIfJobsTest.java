package org.nettwin.twin.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.model.slice.SlaTarget;
import org.nettwin.model.slice.Slice;
import org.nettwin.model.slice.SliceType;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.LinkMetric;
import org.nettwin.sim.result.SimulationResult;
import org.nettwin.store.JdbcTwinStore;
import org.nettwin.store.StoreSettings;
import org.nettwin.store.TwinStore;
import org.nettwin.store.audit.AuditEntry;
import org.nettwin.store.scenarios.StoredScenario;

class WhatIfJobsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    private static TwinStore store;

    @BeforeAll
    static void openStore() {
        store = JdbcTwinStore.open(StoreSettings.duckdb(dir.resolve("store")), CLOCK);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    private static WhatIfJobs jobs(Baseline baseline) {
        return new WhatIfJobs(asOf -> baseline, store, CLOCK, WhatIfSettings.DEFAULTS);
    }

    private static double utilisation(SimulationResult r, String link, String from) {
        return r.link(link, from).map(l -> l.mean(LinkMetric.UTILISATION)).orElse(0.0);
    }

    private static EngineOutcome flowOutcome(WhatIfJob job) {
        assertThat(job.outcomes()).isNotEmpty();
        EngineOutcome o = job.outcomes().get(0);
        assertThat(o.engine()).isEqualTo("flow");
        return o;
    }

    @Test
    void failingARingLinkMovesItsTrafficTheOtherWayRound() {
        // A->B 30 Mb/s, C->B 20 Mb/s on 100 Mb/s links. Baseline: ab A->B 0.30, bc C->B 0.20.
        // Without ab, A->B takes A-D-C-B: da D<-A 0.30, cd D->C 0.30, bc C->B 0.30 + 0.20 = 0.50.
        Baseline b = Ring.baseline(Ring.traffic(Ring.mbps("A", "B", 30), Ring.mbps("C", "B", 20)), List.of());
        try (WhatIfJobs service = jobs(b)) {
            WhatIfJob job = service.submit(Ring.request(new Change.FailLink("ab")), "alice");
            assertThat(job.status()).isEqualTo(JobStatus.DONE);
            assertThat(job.progress()).isEqualTo(1);
            assertThat(job.baselineAt()).isEqualTo(Ring.AT);
            assertThat(job.finished()).contains(CLOCK.instant());
            EngineOutcome o = flowOutcome(job);
            assertThat(utilisation(o.baseline(), "ab", "A")).isCloseTo(0.30, within(0.005));
            assertThat(utilisation(o.baseline(), "bc", "C")).isCloseTo(0.20, within(0.005));
            assertThat(utilisation(o.baseline(), "da", "A")).isCloseTo(0, within(1e-9));
            assertThat(utilisation(o.whatIf(), "ab", "A")).isCloseTo(0, within(1e-9));
            assertThat(utilisation(o.whatIf(), "da", "A")).isCloseTo(0.30, within(0.005));
            assertThat(utilisation(o.whatIf(), "cd", "D")).isCloseTo(0.30, within(0.005));
            assertThat(utilisation(o.whatIf(), "bc", "C")).isCloseTo(0.50, within(0.005));
            // 1 ms per hop: 1 hop before, 3 after
            assertThat(o.whatIf().flow("A->B").orElseThrow().mean(FlowMetric.MEAN_DELAY_S))
                    .isCloseTo(0.003, within(0.0005));
            assertThat(o.headline()).isNotEmpty();
        }
    }

    @Test
    void scalingTrafficFromANodeScalesOnlyItsPairs() {
        Baseline b = Ring.baseline(Ring.traffic(Ring.mbps("A", "B", 30), Ring.mbps("C", "B", 20)), List.of());
        try (WhatIfJobs service = jobs(b)) {
            EngineOutcome o = flowOutcome(service.submit(Ring.request(
                    new Change.ScaleTraffic(2.5, Optional.of("A"), Optional.empty())), "alice"));
            assertThat(utilisation(o.whatIf(), "ab", "A")).isCloseTo(0.75, within(0.005));
            assertThat(utilisation(o.whatIf(), "bc", "C")).isCloseTo(0.20, within(0.005));
        }
    }

    @Test
    void settingAMetricMovesTrafficOntoTheCheaperWay() {
        // metric 5 on ab: A-D-C-B costs 3 < 5, so A->B moves round the ring
        Baseline b = Ring.baseline(Ring.traffic(Ring.mbps("A", "B", 30)), List.of());
        try (WhatIfJobs service = jobs(b)) {
            EngineOutcome o = flowOutcome(service.submit(Ring.request(new Change.SetMetric("ab", 5)), "alice"));
            assertThat(utilisation(o.whatIf(), "ab", "A")).isCloseTo(0, within(1e-9));
            assertThat(utilisation(o.whatIf(), "cd", "D")).isCloseTo(0.30, within(0.005));
            EngineOutcome cheap = flowOutcome(service.submit(Ring.request(new Change.SetMetric("ab", 3)), "alice"));
            assertThat(utilisation(cheap.whatIf(), "ab", "A")).isCloseTo(0.30, within(0.005));
        }
    }

    @Test
    void failingANodeShowsItsPairsAsLostTrafficAndNamesThem() {
        // E hangs off C only: without C, A->E has no route; A->B is untouched
        Baseline b = Ring.baseline(Ring.traffic(Ring.mbps("A", "E", 10), Ring.mbps("A", "B", 10)), List.of());
        try (WhatIfJobs service = jobs(b)) {
            EngineOutcome o = flowOutcome(service.submit(Ring.request(new Change.FailNode("C")), "alice"));
            assertThat(SlaCheck.lossRatio(o.whatIf().flow("A->E").orElseThrow())).isCloseTo(1, within(1e-9));
            assertThat(SlaCheck.lossRatio(o.baseline().flow("A->E").orElseThrow())).isCloseTo(0, within(1e-9));
            assertThat(SlaCheck.lossRatio(o.whatIf().flow("A->B").orElseThrow())).isCloseTo(0, within(1e-9));
            assertThat(o.headline()).contains("1 traffic pair is cut off (all traffic lost): A->E");
        }
    }

    @Test
    void findsSlaBreachesAndMarksThoseAlreadyInTheBaseline() {
        // latency bound 1.5 ms, 1 ms per hop: A->C (2 hops) breaks it already; failing ab makes A->B 3 hops
        Slice slice = new Slice("low-latency", SliceType.URLLC, SlaTarget.NONE.withMaxLatency(Duration.ofMillis(3)
                .dividedBy(2)), List.of(NodeId.of("A"), NodeId.of("B"), NodeId.of("C")), List.of());
        Baseline b = Ring.baseline(Ring.traffic(Ring.mbps("A", "B", 1), Ring.mbps("A", "C", 1)), List.of(slice));
        try (WhatIfJobs service = jobs(b)) {
            EngineOutcome o = flowOutcome(service.submit(Ring.request(new Change.FailLink("ab")), "alice"));
            assertThat(o.slaBreaches()).extracting(SlaBreach::flow, SlaBreach::target, SlaBreach::alreadyInBaseline)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("A->B", "latency", false),
                            org.assertj.core.groups.Tuple.tuple("A->C", "latency", true));
            SlaBreach ab = o.slaBreaches().stream().filter(s -> s.flow().equals("A->B")).findFirst().orElseThrow();
            assertThat(ab.limit()).isEqualTo(0.0015);
            assertThat(ab.predicted()).isCloseTo(0.003, within(0.0005));
            assertThat(o.headline()).anyMatch(l -> l.startsWith("2 SLA breaches (1 already in the baseline)"));
        }
    }

    @Test
    void judgesThroughputAgainstTheTargetOrTheFlowsOwnRateWhenLower() {
        // 80 Mb/s offered is below the 150 Mb/s target: judged against 80, met. Doubled to 160 Mb/s on a
        // 100 Mb/s link: judged against 150, at most 100 delivered.
        Slice bulk = new Slice("bulk", SliceType.EMBB, SlaTarget.NONE.withMinThroughput(
                org.nettwin.model.units.DataRate.ofMbps(150)), List.of(NodeId.of("A"), NodeId.of("B")), List.of());
        Baseline b = Ring.baseline(Ring.traffic(Ring.mbps("A", "B", 80)), List.of(bulk));
        try (WhatIfJobs service = jobs(b)) {
            EngineOutcome o = flowOutcome(service.submit(Ring.request(
                    new Change.ScaleTraffic(2, Optional.empty(), Optional.empty())), "alice"));
            assertThat(o.slaBreaches()).hasSize(1);
            SlaBreach t = o.slaBreaches().get(0);
            assertThat(t.target()).isEqualTo("throughput");
            assertThat(t.limit()).isEqualTo(150e6);
            assertThat(t.predicted()).isLessThanOrEqualTo(100.5e6);
            assertThat(t.alreadyInBaseline()).isFalse();
        }
    }

    @Test
    void refusesBadChangesByNameAndPassesTheBaselineErrorThrough() {
        Baseline b = Ring.baseline(Ring.traffic(Ring.mbps("A", "B", 1)), List.of());
        try (WhatIfJobs service = jobs(b)) {
            assertThatThrownBy(() -> service.submit(Ring.request(new Change.FailLink("L9")), "alice"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no link 'L9'");
            assertThat(service.jobs()).isEmpty();
        }
        BaselineSource none = asOf -> {
            throw new NoSuchElementException("no network version at 2020-01-01T00:00:00Z");
        };
        try (WhatIfJobs service = new WhatIfJobs(none, store, CLOCK, WhatIfSettings.DEFAULTS)) {
            assertThatThrownBy(() -> service.submit(Ring.request(new Change.FailLink("ab")), "alice"))
                    .isInstanceOf(NoSuchElementException.class).hasMessageContaining("no network version");
        }
    }

    @Test
    void passesAsOfToTheBaselineSource() {
        List<Optional<Instant>> asked = new ArrayList<>();
        Baseline b = Ring.baseline(Ring.traffic(Ring.mbps("A", "B", 1)), List.of());
        Instant past = Instant.parse("2026-11-20T12:00:00Z");
        try (WhatIfJobs service = new WhatIfJobs(asOf -> {
            asked.add(asOf);
            return b;
        }, store, CLOCK, WhatIfSettings.DEFAULTS)) {
            service.submit(new WhatIfRequest("past", Optional.of(past), List.of(new Change.FailLink("ab")), false,
                    Duration.ofSeconds(1), 1), "alice");
            service.submit(Ring.request(new Change.FailLink("ab")), "alice");
        }
        assertThat(asked).containsExactly(Optional.of(past), Optional.empty());
    }

    @Test
    void keepsOnlyTheLastJobsNewestFirst() {
        Baseline b = Ring.baseline(Ring.traffic(Ring.mbps("A", "B", 1)), List.of());
        try (WhatIfJobs service = new WhatIfJobs(asOf -> b, store, CLOCK, WhatIfSettings.DEFAULTS.withJobsKept(3))) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ids.add(service.submit(Ring.request(new Change.FailLink("ab")), "alice").id());
            }
            assertThat(service.jobs()).extracting(WhatIfJob::id).containsExactly(ids.get(4), ids.get(3), ids.get(2));
            assertThat(service.job(ids.get(0))).isEmpty();
            assertThat(service.job(ids.get(4))).isPresent();
        }
    }

    @Test
    void recordsTheScenariosResultsAndWhoAskedInTheRepository() {
        Baseline b = Ring.baseline(Ring.traffic(Ring.mbps("A", "B", 1)), List.of());
        try (WhatIfJobs service = jobs(b)) {
            WhatIfRequest request = new WhatIfRequest("record me", Optional.empty(), List.of(new Change.FailLink("ab")),
                    false, Duration.ofSeconds(1), 1);
            WhatIfJob job = service.submit(request, "bob");
            List<StoredScenario> saved = store.scenarios().scenarios(50).stream()
                    .filter(s -> s.name().contains(job.id())).toList();
            assertThat(saved).extracting(StoredScenario::name)
                    .containsExactlyInAnyOrder("record me [" + job.id() + "]", "record me [" + job.id() + " baseline]");
            for (StoredScenario s : saved) {
                assertThat(s.scenarioJson()).contains("\"flows\"").contains("A");
                assertThat(store.scenarios().results(s.id())).extracting(r -> r.engine()).containsExactly("flow");
            }
            List<AuditEntry> audit = store.audit().entries(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
            assertThat(audit).anySatisfy(e -> {
                assertThat(e.actor()).isEqualTo("bob");
                assertThat(e.action()).isEqualTo("whatif.submit");
                assertThat(e.target()).contains(job.id()).contains("record me");
                assertThat(e.reason()).contains("fail link ab");
            });
        }
    }

    @Test
    void aRepositoryFailureBecomesAHeadlineLineNotAFailedWhatIf() {
        TwinStore closed = JdbcTwinStore.open(StoreSettings.duckdb(dir.resolve("closed")), CLOCK);
        closed.close();
        Baseline b = Ring.baseline(Ring.traffic(Ring.mbps("A", "B", 1)), List.of());
        try (WhatIfJobs service = new WhatIfJobs(asOf -> b, closed, CLOCK, WhatIfSettings.DEFAULTS)) {
            WhatIfJob job = service.submit(Ring.request(new Change.FailLink("ab")), "alice");
            assertThat(job.status()).isEqualTo(JobStatus.DONE);
            assertThat(flowOutcome(job).headline()).anyMatch(l -> l.startsWith("not recorded in the repository: "));
        }
    }

    @Test
    void answersAnEmptyTrafficMatrixWithNoFlows() {
        Baseline b = Ring.baseline(TrafficMatrix.EMPTY, List.of());
        try (WhatIfJobs service = jobs(b)) {
            WhatIfJob job = service.submit(Ring.request(new Change.FailLink("ab")), "alice");
            assertThat(job.status()).isEqualTo(JobStatus.DONE);
            assertThat(flowOutcome(job).whatIf().flows()).isEmpty();
        }
    }
}
