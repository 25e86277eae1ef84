package org.nettwin.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.nettwin.NettwinReader;
import org.nettwin.model.network.Network;
import org.nettwin.store.events.Event;
import org.nettwin.store.events.EventQuery;
import org.nettwin.store.events.Severity;
import org.nettwin.store.series.EntityKind;
import org.nettwin.store.series.SampleBatch;
import org.nettwin.store.series.SeriesKey;

/**
 * The repository as a whole, the same on every backend: all six parts live in one store, survive close and reopen
 * together, and a replay of the past ("the network and its telemetry as they were at t") comes back intact.
 */
abstract class TwinStoreContract {

    static final Instant T0 = Instant.parse("2026-11-24T14:00:00Z");

    /** Settings of a fresh, empty repository; calling {@link #reopen} must reach the same data. */
    abstract StoreSettings freshSettings();

    private StoreSettings settings;

    TwinStore open(Instant now) {
        if (settings == null) {
            settings = freshSettings();
        }
        return JdbcTwinStore.open(settings, Clock.fixed(now, ZoneOffset.UTC));
    }

    static Network metro() throws Exception {
        Path example = Path.of(System.getProperty("nettwin.root", "..")).resolve("examples/metro-5g.json");
        return new NettwinReader().readNetwork(InputFile.read(example));
    }

    @Test
    void keepsEveryKindOfRecordAcrossAReopen() throws Exception {
        Network network = metro();
        long series;
        long scenario;
        try (TwinStore store = open(T0)) {
            store.history().record(network, T0.minus(Duration.ofHours(1)), "initial import");
            series = store.series().register(SeriesKey.of(EntityKind.LINK, "ring-n-e/a", "utilisation", "ratio"));
            SampleBatch batch = SampleBatch.withId("b1", 60);
            for (int i = 0; i < 60; i++) {
                batch.add(series, T0.minusSeconds(60 - i).toEpochMilli() * 1000, i / 100.0);
            }
            assertThat(store.series().write(batch).written()).isEqualTo(60);
            store.events().append(Event.of(T0.minusSeconds(30), "link_down", Severity.MAJOR, "ring link down")
                    .asAlarm("link:ring-n-e"));
            scenario = store.scenarios().save("ring failure", "{\"name\": \"ring failure\"}").id();
            store.scenarios().saveResult(scenario, "flow", "{\"format\": \"nettwin-result/1\"}");
            store.models().register("tm-forecast", Map.of("mape", 0.08), List.of("dataset:abilene"), new byte[] {1, 2, 3});
            store.audit().append("closed-loop", "reroute", "link ring-n-e", "congestion forecast", "max util 0.7");
        }
        try (TwinStore store = open(T0.plusSeconds(10))) {
            assertThat(store.history().asOf(T0)).contains(network);
            assertThat(store.series().range(series, T0.minusSeconds(60), T0).size()).isEqualTo(60);
            assertThat(store.series().write(SampleBatch.withId("b1", 1).add(series, 1, 1.0)).duplicateBatch()).isTrue();
            assertThat(store.events().activeAlarms(T0)).singleElement()
                    .satisfies(e -> assertThat(e.alarmKey()).contains("link:ring-n-e"));
            assertThat(store.scenarios().results(scenario)).hasSize(1);
            assertThat(store.models().artifact("tm-forecast", 1)).hasValueSatisfying(a -> assertThat(a).hasSize(3));
            assertThat(store.audit().firstBrokenLink()).isEmpty();
            assertThat(store.audit().entry(1)).isPresent();
        }
    }

    @Test
    void replaysThePastAsItWasBelievedThen() throws Exception {
        Network network = metro();
        Network degraded = network.withTopology(network.topology().withoutLink(
                network.topology().links().get(0).id()));
        try (TwinStore store = open(T0)) {
            store.history().record(network, T0.minus(Duration.ofDays(1)), "import");
        }
        try (TwinStore store = open(T0.plus(Duration.ofHours(2)))) {
            // learnt two hours later: a link had failed at T0 + 30 min
            store.history().record(degraded, T0.plus(Duration.ofMinutes(30)), "late alarm");
        }
        try (TwinStore store = open(T0.plus(Duration.ofHours(3)))) {
            Instant t = T0.plus(Duration.ofHours(1));
            assertThat(store.history().asOf(t).map(n -> n.topology().links().size()))
                    .contains(network.topology().links().size() - 1);
            assertThat(store.history().asOf(t, T0.plus(Duration.ofHours(1)))
                    .map(n -> n.topology().links().size())).contains(network.topology().links().size());
            assertThat(store.events().query(EventQuery.between(T0, t))).isEmpty();
            assertThat(store.history().versionAsOf(T0, T0).map(v -> v.reason())).isEqualTo(Optional.of("import"));
        }
    }

    @Test
    void namesItsBackend() {
        try (TwinStore store = open(T0)) {
            assertThat(store.backend()).isIn("duckdb", "postgres");
        }
    }
}
