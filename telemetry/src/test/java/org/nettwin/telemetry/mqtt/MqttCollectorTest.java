package org.nettwin.telemetry.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.ServiceLoader;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.security.CertificateAuthority;
import org.nettwin.telemetry.spi.CollectorFactory;
import org.nettwin.telemetry.spi.Target;

class MqttCollectorTest {

    private static final String TOPIC = "nettwin/cells/%s/kpi";

    // One broker for the class: starting and stopping Moquette takes seconds. Tests use their own collector.
    private static final CertificateAuthority CA = CertificateAuthority.create("mqtt-collector-test-ca");
    private static TestBroker broker;
    private static MqttClient publisher;
    private final LinkedBlockingQueue<Measurement> got = new LinkedBlockingQueue<>();
    private MqttCollector collector;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = new TestBroker(CA.issueForLoopback("broker"), Map.of("collector", "c-secret", "device", "d-secret"));
        publisher = new MqttClient(broker.uri(), "test-publisher", new MemoryPersistence());
        publisher.setTimeToWait(15_000);
        publisher.connect(options());
    }

    @AfterEach
    void closeCollector() {
        if (collector != null) {
            collector.close();
        }
    }

    @AfterAll
    static void stopBroker() throws MqttException {
        if (publisher.isConnected()) {
            publisher.disconnect(1_000);
        }
        publisher.close(true);
        broker.close();
    }

    private static MqttConnectOptions options() {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        o.setUserName("device");
        o.setPassword("d-secret".toCharArray());
        o.setConnectionTimeout(15);
        o.setAutomaticReconnect(true);
        o.setSocketFactory(CA.issueForLoopback("pub").sslContext(CA.trustManagers()).getSocketFactory());
        return o;
    }

    private Map<String, String> settings(String sources) {
        Map<String, String> s = new HashMap<>();
        s.put("broker", broker.uri());
        s.put("tls.ca", CA.certificatePem());
        s.put("username", "collector");
        s.put("password", "c-secret");
        s.put("sources", sources);
        s.put("max-reconnect-delay-ms", "500");
        return s;
    }

    private MqttCollector start(Map<String, String> settings) {
        collector = new MqttCollectorFactory().create(settings);
        collector.start(got::add);
        return collector;
    }

    private static void publish(String device, String payload) throws MqttException {
        publish(String.format(TOPIC, device), device, payload);
    }

    private static void publish(String topic, String device, String payload) throws MqttException {
        publisher.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false);
    }

    private static String kpi(String device, long ts, int seq) {
        return "{\"device\":\"" + device + "\",\"ts\":" + ts + ",\"seq\":" + seq
                + ",\"prb_utilisation\":63.5,\"connected_ues\":17,\"cqi\":11}";
    }

    /** Publishes from {@code device} until the collector delivers it (the subscription is then in place). */
    private Measurement probe(String device) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (publisher.isConnected()) {
                publish(device, kpi(device, 1, 0));
            }
            Measurement m = got.poll(200, TimeUnit.MILLISECONDS);
            if (m != null) {
                TimeUnit.MILLISECONDS.sleep(100);
                got.clear();
                return m;
            }
        }
        throw new AssertionError("collector never delivered a probe from " + device);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    private List<Measurement> take(int n) throws InterruptedException {
        List<Measurement> out = new java.util.ArrayList<>();
        while (out.size() < n) {
            Measurement m = got.poll(30, TimeUnit.SECONDS);
            assertThat(m).as("measurement %d of %d", out.size() + 1, n).isNotNull();
            out.add(m);
        }
        return out;
    }

    @Test
    void isFoundByServiceLoaderAsMqtt() {
        assertThat(ServiceLoader.load(CollectorFactory.class).stream().map(p -> p.get().kind())).contains("mqtt");
    }

    @Test
    void refusesBadSettingsNamingThemWithoutShowingSecrets() {
        MqttCollectorFactory f = new MqttCollectorFactory();
        assertThatThrownBy(() -> f.create(Map.of())).hasMessageContaining("'broker'");
        assertThatThrownBy(() -> f.create(Map.of("broker", "tcp://127.0.0.1:1883")))
                .hasMessageContaining("ssl://").hasMessageContaining("tls=off");
        assertThatThrownBy(() -> f.create(Map.of("broker", "ssl://127.0.0.1:8883", "qos", "3")))
                .hasMessageContaining("'qos'");
        assertThatThrownBy(() -> f.create(Map.of("broker", "ssl://127.0.0.1:8883", "password", "hunter2")))
                .hasMessageContaining("'username'").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> f.create(Map.of("broker", "ssl://127.0.0.1:8883", "topics", "a/#/b")))
                .hasMessageContaining("a/#/b");
        MqttCollector c = f.create(Map.of("broker", "tcp://127.0.0.1:1883", "tls", "off"));
        assertThatThrownBy(() -> c.add(new Target("gnb1/c1", Map.of("colour", "red"))))
                .hasMessageContaining("'colour'");
        c.close();
    }

    @Test
    void decodesEachNumericFieldIntoAMeasurementOfTheDevice() throws Exception {
        start(settings("gnb1/c1"));
        probe("gnb1/c1");
        publish("gnb1/c1", kpi("gnb1/c1", 1_764_000_000_123_456_789L, 7));
        List<Measurement> ms = take(3);
        assertThat(ms).extracting(Measurement::name).containsExactly("prb_utilisation", "connected_ues", "cqi");
        assertThat(ms).allSatisfy(m -> {
            assertThat(m.source()).isEqualTo("gnb1/c1");
            assertThat(m.sourceTimeNanos()).isEqualTo(OptionalLong.of(1_764_000_000_123_456_789L));
            assertThat(m.labels()).isEmpty();
        });
        assertThat(ms.get(0).value()).isEqualTo(new MeasuredValue.Numeric(63.5));
        assertThat(collector.connected()).isTrue();
        assertThat(collector.health().report("gnb1/c1").orElseThrow().connected()).isTrue();
    }

    @Test
    void refusesDevicesThatAreNotTargetsOrDisagreeWithTheirTopic() throws Exception {
        start(settings("gnb1/c1"));
        probe("gnb1/c1");
        publish("gnb9/rogue", kpi("gnb9/rogue", 1, 1));
        publish(String.format(TOPIC, "gnb9/rogue"), "gnb1/c1", kpi("gnb1/c1", 1, 1));
        publish("gnb1/c1", kpi("gnb1/c1", 2, 2));
        assertThat(take(3)).extracting(Measurement::source).containsOnly("gnb1/c1");
        assertThat(collector.health().refused()).containsEntry("unknown-source", 2L);
        assertThat(collector.health().report("gnb9/rogue")).isEmpty();
    }

    @Test
    void acceptsEveryDeviceOnlyWhenAllowAllIsExplicit() throws Exception {
        start(settings("*"));
        probe("gnb1/c1");
        publish("gnb5/c9", kpi("gnb5/c9", 5, 1));
        assertThat(take(3)).extracting(Measurement::source).containsOnly("gnb5/c9");
        assertThat(collector.health().refused()).isEmpty();
    }

    @Test
    void countsMalformedMessagesAndGoesOn() throws Exception {
        start(settings("gnb1/c1"));
        probe("gnb1/c1");
        String good = kpi("gnb1/c1", 9, 3);
        publish("gnb1/c1", good.substring(0, good.length() / 2));
        publish("gnb1/c1", "{\"device\":\"gnb1/c1\",\"seq\":4,\"cqi\":11}");
        publish("gnb1/c1", "{\"device\":\"gnb1/c1\",\"ts\":10,\"prb_utilisation\":\"n/a\",\"cqi\":12}");
        publish("gnb1/c1", good);
        List<Measurement> ms = take(4);
        assertThat(ms.get(0).name()).isEqualTo("cqi");
        assertThat(ms.get(0).value()).isEqualTo(new MeasuredValue.Numeric(12));
        assertThat(collector.health().report("gnb1/c1").orElseThrow().rejected())
                .containsEntry("malformed-json", 1L).containsEntry("missing-ts", 1L).containsEntry("non-numeric", 1L);
    }

    @Test
    void passesDuplicatesOn() throws Exception {
        start(settings("gnb1/c1"));
        probe("gnb1/c1");
        publish("gnb1/c1", kpi("gnb1/c1", 11, 5));
        publish("gnb1/c1", kpi("gnb1/c1", 11, 5));
        assertThat(take(6)).extracting(Measurement::sourceTimeNanos).containsOnly(OptionalLong.of(11));
    }

    @Test
    void countsRefusedCredentialsAsErrorsAndKeepsTrying() throws Exception {
        Map<String, String> s = settings("gnb1/c1");
        s.put("password", "wrong-secret");
        start(s);
        await("two refused logins", () -> collector.health().report(collector.broker())
                .map(r -> r.errors() >= 2).orElse(false));
        assertThat(collector.connected()).isFalse();
        assertThat(collector.health().prometheusText()).doesNotContain("wrong-secret");
    }

    @Test
    void reconnectsAndSubscribesAgainAfterTheBrokerRestarts() throws Exception {
        start(settings("gnb1/c1"));
        probe("gnb1/c1");
        broker.stop();
        await("the collector to notice", () -> !collector.connected());
        broker.start();
        await("the test publisher back", publisher::isConnected);
        probe("gnb1/c1");
        assertThat(collector.connected()).isTrue();
        assertThat(collector.health().report(collector.broker()).orElseThrow().errors()).isPositive();
    }

    @Test
    void addsAndRemovesTargetsWhileRunning() throws Exception {
        start(settings("gnb1/c1"));
        probe("gnb1/c1");
        collector.add(new Target("gnb2/c1", Map.of()));
        collector.add(new Target("gnb3/c1", Map.of("topic", "legacy/gnb3-c1")));
        assertThat(collector.targets()).containsExactly("gnb1/c1", "gnb2/c1", "gnb3/c1");
        publish("gnb2/c1", kpi("gnb2/c1", 1, 1));
        assertThat(take(3)).extracting(Measurement::source).containsOnly("gnb2/c1");
        collector.remove("gnb2/c1");
        assertThat(collector.health().report("gnb2/c1")).isEmpty();
        publish("gnb2/c1", kpi("gnb2/c1", 2, 2));
        publish("gnb3/c1", kpi("gnb3/c1", 2, 2));
        publish("gnb1/c1", kpi("gnb1/c1", 3, 3));
        assertThat(take(3)).extracting(Measurement::source).containsOnly("gnb1/c1");
        assertThat(collector.health().refused()).containsEntry("unknown-source", 2L);
    }

    @Test
    void closingEndsTheSessionAndItsThreads() throws Exception {
        Map<String, String> s = settings("gnb1/c1");
        s.put("client-id", "closing-collector");
        start(s);
        probe("gnb1/c1");
        assertThat(threads("closing-collector")).isNotEmpty();
        collector.close();
        collector.close();
        assertThat(collector.connected()).isFalse();
        await("the collector's threads to end", () -> threads("closing-collector").isEmpty()
                && threads("nettwin-mqtt-collector").isEmpty());
    }

    private static List<String> threads(String part) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.contains(part)).toList();
    }
}
