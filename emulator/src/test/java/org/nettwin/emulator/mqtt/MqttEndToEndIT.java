package org.nettwin.emulator.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.Test;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.mqtt.MqttCollector;
import org.nettwin.telemetry.mqtt.MqttCollectorFactory;

/** Broker, 50 publishing cells and the telemetry collector, TLS everywhere, each cell with its own credentials. */
class MqttEndToEndIT {

    private static final int CELLS = 50;
    private static final String ROGUE = "gnb99/rogue";
    private static final String STRANGER = "gnb98/c0";
    private static final Duration INTERVAL = Duration.ofMillis(50);

    @Test
    void deliversEveryCellsFieldsAndRefusesRogueAndUnknownDevices() throws Exception {
        List<FakeCell> cells = new ArrayList<>();
        for (int i = 0; i < CELLS; i++) {
            cells.add(new FakeCell("gnb" + i / 5 + "/c" + i % 5));
        }
        List<String> ids = cells.stream().map(FakeCell::id).toList();
        List<String> accounts = new ArrayList<>(ids);
        accounts.add(ROGUE);
        accounts.add(STRANGER);
        Map<String, Set<String>> fields = new ConcurrentHashMap<>();
        AtomicLong measurements = new AtomicLong();
        try (MqttFixture f = new MqttFixture(accounts);
             MqttCollector collector = new MqttCollectorFactory().create(Map.of(
                     "broker", f.broker.uri().toString(), "tls.ca", f.ca.certificatePem(),
                     "username", MqttFixture.COLLECTOR.username(), "password", MqttFixture.COLLECTOR.secret(),
                     "sources", String.join(",", ids)))) {
            collector.start(m -> record(m, fields, measurements));
            MqttFixture.await("the collector's session", collector::connected);
            try (CellPublisher publisher = CellPublisher.start(cells, f.broker.uri(),
                    CellPublisherSettings.of(f.tls, MqttFixture.credentialsOf(ids)).withInterval(INTERVAL))) {
                MqttFixture.await("every cell's fields", () -> ids.stream()
                        .allMatch(id -> fields.getOrDefault(id, Set.of()).containsAll(FakeCell.FIELDS)));
                intrude(f);
                MqttFixture.await("the stranger refused", () -> collector.health().refused()
                        .getOrDefault("unknown-source", 0L) >= 1);
                MqttFixture.await("the rogue refused", () -> f.broker.refused().getOrDefault("publish-denied", 0L) >= 1);
                printRate(measurements, publisher);
            }
            assertThat(fields.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(f.broker.published("nettwin/cells/gnb0/c0/kpi")).isPositive();
            assertThat(collector.health().reports().stream().map(r -> r.source()).collect(Collectors.toSet()))
                    .doesNotContain(STRANGER, ROGUE);
            assertThat(f.broker.refused()).doesNotContainKeys("bad-password", "unknown-user");
        }
    }

    /** Messages per second through broker and collector over 3 s of steady traffic (printed, not asserted). */
    private static void printRate(AtomicLong measurements, CellPublisher publisher) throws InterruptedException {
        long count0 = measurements.get();
        long published0 = publisher.published();
        long t0 = System.nanoTime();
        Thread.sleep(3_000);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double fields = FakeCell.FIELDS.size();
        System.out.printf("mqtt end to end, TLS, QoS 1: %d cells every %d ms: %.0f messages/s published, "
                        + "%.0f messages/s (%.0f measurements/s) collected%n", CELLS, INTERVAL.toMillis(),
                (publisher.published() - published0) / seconds, (measurements.get() - count0) / fields / seconds,
                (measurements.get() - count0) / seconds);
    }

    private static void record(Measurement m, Map<String, Set<String>> fields, AtomicLong count) {
        if (m.sourceTimeNanos().orElse(0) == 42L) {
            throw new AssertionError("a forged message reached the collector: " + m);
        }
        fields.computeIfAbsent(m.source(), s -> ConcurrentHashMap.newKeySet()).add(m.name());
        count.incrementAndGet();
    }

    /** A rogue with valid credentials forges another cell's topic; a stranger the collector does not know talks. */
    private static void intrude(MqttFixture f) throws Exception {
        MqttClient rogue = f.client(ROGUE);
        rogue.connect(f.options(ROGUE, MqttFixture.credentials(ROGUE).secret()));
        String forged = "{\"device\":\"gnb0/c0\",\"ts\":42,\"seq\":1,\"prb_utilisation\":99.9}";
        rogue.publish(CellTopics.kpi("gnb0/c0"), forged.getBytes(StandardCharsets.UTF_8), 0, false);
        MqttClient stranger = f.client(STRANGER);
        stranger.connect(f.options(STRANGER, MqttFixture.credentials(STRANGER).secret()));
        String own = "{\"device\":\"" + STRANGER + "\",\"ts\":43,\"seq\":1,\"prb_utilisation\":1.0}";
        stranger.publish(CellTopics.kpi(STRANGER), own.getBytes(StandardCharsets.UTF_8), 1, false);
    }
}
