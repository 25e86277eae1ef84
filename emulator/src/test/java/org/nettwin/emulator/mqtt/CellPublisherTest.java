package org.nettwin.emulator.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.nettwin.emulator.device.Delivery;

class CellPublisherTest {

    private static final Duration INTERVAL = Duration.ofMillis(200);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CellPublisher publish(MqttFixture f, List<FakeCell> cells) {
        List<String> ids = cells.stream().map(FakeCell::id).toList();
        return CellPublisher.start(cells, f.broker.uri(),
                CellPublisherSettings.of(f.tls, MqttFixture.credentialsOf(ids)).withInterval(INTERVAL));
    }

    private static List<String> take(LinkedBlockingQueue<String> got, int n) throws InterruptedException {
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            String m = got.poll(30, TimeUnit.SECONDS);
            assertThat(m).as("message %d of %d", out.size() + 1, n).isNotNull();
            out.add(m);
        }
        return out;
    }

    private static String payload(String line) {
        return line.substring(line.indexOf(' ') + 1);
    }

    @Test
    void publishesEachCellsKpisOnItsTopicEveryInterval() throws Exception {
        List<FakeCell> cells = List.of(new FakeCell("gnb1/c1"), new FakeCell("gnb1/c2"));
        try (MqttFixture f = new MqttFixture(List.of("gnb1/c1", "gnb1/c2"))) {
            LinkedBlockingQueue<String> got = f.subscribe("nettwin/cells/gnb1/c1/kpi");
            CellPublisher p = f.closing(publish(f, cells));
            List<String> lines = take(got, 6);
            long before = System.currentTimeMillis() * 1_000_000L;
            List<Long> ts = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                assertThat(lines.get(i)).startsWith("nettwin/cells/gnb1/c1/kpi ");
                JsonNode m = JSON.readTree(payload(lines.get(i)));
                assertThat(m.get("device").asText()).isEqualTo("gnb1/c1");
                assertThat(m.get("seq").asLong()).isEqualTo(i + 1);
                for (String field : FakeCell.FIELDS) {
                    assertThat(m.get(field).isNumber()).as(field).isTrue();
                }
                assertThat(m.has("state")).isFalse();
                ts.add(m.get("ts").asLong());
            }
            // The device's clock is 3 s ahead: ts is the device's, not the wall clock.
            assertThat(ts.get(5)).isGreaterThan(before + 2_000_000_000L);
            double gapMillis = (ts.get(5) - ts.get(0)) / 5 / 1e6;
            assertThat(gapMillis).isBetween(INTERVAL.toMillis() * 0.5, INTERVAL.toMillis() * 5.0);
            MqttFixture.await("both cells publishing", () -> f.broker.published("nettwin/cells/gnb1/c2/kpi") > 2);
            assertThat(p.cells()).isEqualTo(2);
            assertThat(p.connectedCells()).isEqualTo(2);
        }
    }

    @Test
    void showsDropsDuplicatesMalformedAndLateMessagesOnTheWire() throws Exception {
        FakeCell cell = new FakeCell("gnb1/c1").then(Delivery.DROP, Delivery.DUPLICATE, Delivery.MALFORMED,
                Delivery.MALFORMED, Delivery.LATE, Delivery.NORMAL);
        try (MqttFixture f = new MqttFixture(List.of("gnb1/c1"))) {
            LinkedBlockingQueue<String> got = f.subscribe("nettwin/#");
            f.closing(publish(f, List.of(cell)));
            List<String> payloads = take(got, 7).stream().map(CellPublisherTest::payload).toList();
            assertThat(seq(payloads.get(0))).isEqualTo(2);
            assertThat(payloads.get(1)).isEqualTo(payloads.get(0));
            assertThatThrownBy(() -> JSON.readTree(payloads.get(2))).as("truncated").isInstanceOf(Exception.class);
            JsonNode garbled = JSON.readTree(payloads.get(3));
            assertThat(garbled.get("seq").asLong()).isEqualTo(4);
            assertThat(garbled.get("prb_utilisation").asText()).isEqualTo("n/a");
            assertThat(seq(payloads.get(4))).as("the late message comes after the next").isEqualTo(6);
            assertThat(seq(payloads.get(5))).isEqualTo(5);
            assertThat(seq(payloads.get(6))).isEqualTo(7);
        }
    }

    @Test
    void fallsSilentWhileUnreachableAndReconnectsAfter() throws Exception {
        FakeCell cell = new FakeCell("gnb1/c1");
        try (MqttFixture f = new MqttFixture(List.of("gnb1/c1"))) {
            LinkedBlockingQueue<String> got = f.subscribe("nettwin/#");
            f.closing(publish(f, List.of(cell)));
            take(got, 2);
            cell.reachable(false);
            MqttFixture.await("the cell to disconnect", () -> !f.broker.connectedClients().contains("gnb1/c1"));
            TimeUnit.SECONDS.sleep(1);
            got.clear();
            TimeUnit.MILLISECONDS.sleep(INTERVAL.toMillis() * 4);
            assertThat(got).as("silent while unreachable").isEmpty();
            cell.reachable(true);
            long seqAfter = seq(payload(take(got, 1).get(0)));
            assertThat(seqAfter).isGreaterThan(2);
            assertThat(f.broker.connectedClients()).contains("gnb1/c1");
        }
    }

    @Test
    void reconnectsAfterTheBrokerRestarts() throws Exception {
        try (MqttFixture f = new MqttFixture(List.of("gnb1/c1"))) {
            LinkedBlockingQueue<String> before = f.subscribe("nettwin/#");
            CellPublisher p = f.closing(publish(f, List.of(new FakeCell("gnb1/c1"))));
            take(before, 1);
            f.restartBroker();
            LinkedBlockingQueue<String> after = f.subscribe("nettwin/#");
            assertThat(seq(payload(take(after, 1).get(0)))).isGreaterThan(1);
            assertThat(p.connectedCells()).isEqualTo(1);
            assertThat(f.broker.connectedClients()).contains("gnb1/c1");
        }
    }

    @Test
    void refusesACellWithoutCredentials() {
        try (MqttFixture f = new MqttFixture(List.of())) {
            assertThatThrownBy(() -> CellPublisher.start(List.of(new FakeCell("gnb7/c3")), f.broker.uri(),
                    CellPublisherSettings.of(f.tls, Map.of())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gnb7/c3");
        }
    }

    private static long seq(String payload) throws Exception {
        return JSON.readTree(payload).get("seq").asLong();
    }

    @Test
    void closingDisconnectsEveryCellAndEndsItsThreads() throws Exception {
        try (MqttFixture f = new MqttFixture(List.of("gnb4/c1", "gnb4/c2"))) {
            CellPublisher p = publish(f, List.of(new FakeCell("gnb4/c1"), new FakeCell("gnb4/c2")));
            MqttFixture.await("both cells connected", () -> p.connectedCells() == 2);
            assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                    .anyMatch(n -> n.contains("gnb4/c1"));
            p.close();
            p.close();
            MqttFixture.await("the cells to leave the broker", () -> f.broker.connectedClients().isEmpty());
            MqttFixture.await("the publisher's threads to end", () -> Thread.getAllStackTraces().keySet().stream()
                    .filter(Thread::isAlive).map(Thread::getName)
                    .noneMatch(n -> n.contains("gnb4/") || n.equals("nettwin-cell-publisher")));
        }
    }
}
