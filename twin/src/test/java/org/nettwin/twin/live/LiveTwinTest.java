package org.nettwin.twin.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.model.topology.LinkId;
import org.nettwin.store.JdbcTwinStore;
import org.nettwin.store.StoreSettings;
import org.nettwin.store.TwinStore;
import org.nettwin.store.events.Event;
import org.nettwin.store.events.EventQuery;
import org.nettwin.twin.matrix.EstimationError;
import org.nettwin.twin.state.DirectionState;
import org.nettwin.twin.state.ElementStatus;
import org.nettwin.twin.state.LinkState;
import org.nettwin.twin.state.TwinState;
import org.nettwin.testkit.time.ManualClock;

class LiveTwinTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;
    private final TestNetwork net = new TestNetwork();
    private final ManualClock clock = new ManualClock(START);
    private TwinStore store;
    private LiveTwin twin;

    @BeforeEach
    void open() {
        store = JdbcTwinStore.open(StoreSettings.duckdb(dir), clock);
        twin = LiveTwin.of(TestNetwork.topology(), LiveTwinSettings.DEFAULTS, clock, store);
        net.describeAll(twin);
    }

    @AfterEach
    void close() {
        twin.close();
        store.close();
    }

    private TwinState run(int seconds, Map<String, Double> loads, List<String> silent) {
        TwinState s = twin.state();
        for (int i = 0; i < seconds; i++) {
            clock.advance(Duration.ofSeconds(1));
            net.second(twin, clock.instant(), loads, silent);
            s = twin.refresh();
        }
        return s;
    }

    @Test
    void reconcilesMeasuredLoadsPerDirection() {
        TwinState s = run(2, TestNetwork.loads(), List.of());
        LinkState l2 = s.links().stream().filter(l -> l.id().equals("L2")).findFirst().orElseThrow();
        assertThat(l2.status()).isEqualTo(ElementStatus.UP);
        assertThat(l2.ab().rateBps().getAsDouble()).isCloseTo(100e6, within(1.0));
        assertThat(l2.ba().rateBps().getAsDouble()).isCloseTo(50e6, within(1.0));
        assertThat(l2.ab().utilisation().getAsDouble()).isCloseTo(0.10, within(1e-9));
        assertThat(s.kpis().get("max_link_utilisation")).isCloseTo(0.16, within(1e-9));
        assertThat(s.nodes()).allSatisfy(n -> assertThat(n.status()).isEqualTo(ElementStatus.UP));
    }

    @Test
    void estimatesTheMatrixTheModelRoutesOntoTheMeasuredLoads() {
        run(6, TestNetwork.loads(), List.of());
        assertThat(twin.matrix()).isPresent();
        EstimationError e = EstimationError.of(twin.currentMatrix(), TestNetwork.truth());
        assertThat(e.relativeL2()).isLessThan(0.02);
        assertThat(twin.matrixPairs().get(0).from()).isEqualTo("h1");
        assertThat(twin.matrixPairs().get(0).to()).isEqualTo("h2");
        assertThat(twin.matrix().get().loadResidual()).isLessThan(0.01);
    }

    @Test
    void fidelityIsNearPerfectOnAStationaryNetworkAndPredictionsAreFilled() {
        TwinState s = run(16, TestNetwork.loads(), List.of());
        assertThat(twin.fidelity()).isPresent();
        assertThat(twin.fidelity().get().meanAbsoluteError()).isLessThan(0.002);
        assertThat(twin.fidelity().get().score()).isGreaterThan(0.99);
        assertThat(twin.fidelity().get().drifting()).isFalse();
        assertThat(twin.fidelityHistory()).hasSizeGreaterThanOrEqualTo(2);
        DirectionState ab = s.links().get(1).ab();
        assertThat(ab.predictedUtilisation().getAsDouble()).isCloseTo(0.10, within(0.003));
    }

    @Test
    void fidelityDriftsWhenTrafficMovesAwayFromTheModel() {
        run(6, TestNetwork.loads(), List.of());
        Map<String, Double> doubled = new HashMap<>();
        for (int k = 0; k < 4; k++) {
            double factor = k % 2 == 0 ? 4 : 0.25;
            TestNetwork.loads().forEach((d, v) -> doubled.put(d, v * factor));
            run(5, doubled, List.of());
        }
        assertThat(twin.fidelity().get().meanAbsoluteError()).isGreaterThan(0.1);
        assertThat(twin.fidelity().get().drifting()).isTrue();
        assertThat(twin.state().alarms()).anySatisfy(a -> assertThat(a.key()).isEqualTo("fidelity-drifting"));
    }

    @Test
    void operStatusDownTakesTheLinkDownWithAnAlarmAndBackClearsIt() {
        run(6, TestNetwork.loads(), List.of());
        net.operStatus(twin, "r1", "L2", "DOWN");
        net.operStatus(twin, "r2", "L2", "DOWN");
        TwinState s = run(1, TestNetwork.loads(), List.of());
        assertThat(link(s, "L2").status()).isEqualTo(ElementStatus.DOWN);
        // the loads fed this round still carry traffic on L2: a down link is shown carrying nothing anyway
        assertThat(link(s, "L2").ab().rateBps()).hasValue(0);
        assertThat(link(s, "L2").ba().utilisation()).hasValue(0);
        assertThat(s.alarms()).anySatisfy(a -> {
            assertThat(a.key()).isEqualTo("link-down:L2");
            assertThat(a.severity()).isEqualTo("critical");
        });
        assertThat(twin.liveTopology().link(LinkId.of("L2"))).isEmpty();
        assertThat(s.kpis().get("links_down")).isEqualTo(1.0);
        assertThat(keys(store.events().activeAlarms(clock.instant()))).contains("link-down:L2");

        net.operStatus(twin, "r1", "L2", "UP");
        net.operStatus(twin, "r2", "L2", "UP");
        s = run(1, TestNetwork.loads(), List.of());
        assertThat(link(s, "L2").status()).isEqualTo(ElementStatus.UP);
        assertThat(s.alarms()).noneSatisfy(a -> assertThat(a.key()).isEqualTo("link-down:L2"));
        assertThat(keys(store.events().activeAlarms(clock.instant()))).doesNotContain("link-down:L2");
        assertThat(store.events().query(EventQuery.between(START, clock.instant().plusSeconds(1))))
                .anySatisfy(e -> assertThat(e.type()).isEqualTo("link-up"));
    }

    @Test
    void silentNodeGoesStaleThenDownWhenItsPeersCorroborate() {
        run(3, TestNetwork.loads(), List.of());
        TwinState s = run(7, TestNetwork.loads(), List.of("h3"));
        assertThat(node(s, "h3")).isEqualTo(ElementStatus.STALE);
        assertThat(s.alarms()).anySatisfy(a -> assertThat(a.key()).isEqualTo("node-stale:h3"));
        net.operStatus(twin, "r3", "L6", "DOWN");
        s = run(1, TestNetwork.loads(), List.of("h3"));
        assertThat(node(s, "h3")).isEqualTo(ElementStatus.DOWN);
        assertThat(s.alarms()).anySatisfy(a -> assertThat(a.key()).isEqualTo("node-down:h3"))
                .noneSatisfy(a -> assertThat(a.key()).isEqualTo("node-stale:h3"));
        assertThat(s.kpis().get("nodes_down")).isEqualTo(1.0);
        assertThat(twin.liveTopology().contains(org.nettwin.model.topology.NodeId.of("h3"))).isFalse();
    }

    @Test
    void utilisationOverTheLimitRaisesAMajorAlarm() {
        Map<String, Double> hot = new HashMap<>(TestNetwork.loads());
        hot.put("L2:r1", 900.0);
        TwinState s = run(1, hot, List.of());
        assertThat(s.alarms()).anySatisfy(a -> {
            assertThat(a.key()).isEqualTo("utilisation:L2:r1->r2");
            assertThat(a.severity()).isEqualTo("major");
        });
        s = run(1, TestNetwork.loads(), List.of());
        assertThat(s.alarms()).isEmpty();
    }

    @Test
    void liveBaselineIsTheBelievedTopologyAndTheCurrentMatrix() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> twin.baseline(Optional.empty()))
                .isInstanceOf(java.util.NoSuchElementException.class).hasMessageContaining("no traffic-matrix");
        run(6, TestNetwork.loads(), List.of());
        net.operStatus(twin, "r3", "L5", "DOWN");
        run(1, TestNetwork.loads(), List.of());
        var b = twin.baseline(Optional.empty());
        assertThat(b.topology().link(LinkId.of("L5"))).isEmpty();
        assertThat(b.topology().links()).hasSize(5);
        assertThat(b.down().links()).containsExactly(LinkId.of("L5"));
        assertThat(b.down().nodes()).isEmpty();
        assertThat(EstimationError.of(b.traffic(), TestNetwork.truth()).relativeL2()).isLessThan(0.02);
    }

    private static LinkState link(TwinState s, String id) {
        return s.links().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    private static ElementStatus node(TwinState s, String id) {
        return s.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow().status();
    }

    private static List<String> keys(List<Event> events) {
        return events.stream().map(e -> e.alarmKey().orElse("")).toList();
    }
}
