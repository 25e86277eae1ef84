package org.nettwin.telemetry.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nettwin.telemetry.gnmi.GnmiJsonDecoder;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.security.CertificateAuthority;
import org.nettwin.telemetry.security.Identity;

/** The Kafka collector against one real in-process KRaft broker listening with TLS (client certificates required). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaIT {

    private CertificateAuthority ca;
    private Identity client;
    private KafkaClusterTestKit cluster;
    private String bootstrap;
    private String saslBootstrap;

    @BeforeAll
    void startBroker() throws Exception {
        ca = CertificateAuthority.create("kafka-ca");
        Identity broker = ca.issueForLoopback("broker");
        client = ca.issueForLoopback("collector");
        TestKitNodes nodes = new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1)
                .setNumControllerNodes(1).build();
        KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes);
        LoopbackListeners.prebind(builder, nodes);
        cluster = builder
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("listener.security.protocol.map",
                        "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,SECURE:SSL,SASLSECURE:SASL_SSL")
                .setConfigProp("listeners", "EXTERNAL://127.0.0.1:0,CONTROLLER://127.0.0.1:0,SECURE://127.0.0.1:0,"
                        + "SASLSECURE://127.0.0.1:0")
                .setConfigProp("listener.name.saslsecure.sasl.enabled.mechanisms", "PLAIN")
                .setConfigProp("listener.name.saslsecure.plain.sasl.jaas.config",
                        "org.apache.kafka.common.security.plain.PlainLoginModule required user_collector=\"pa55\";")
                .setConfigProp("ssl.keystore.type", "PEM")
                .setConfigProp("ssl.keystore.certificate.chain", broker.certificateChainPem())
                .setConfigProp("ssl.keystore.key", broker.privateKeyPem())
                .setConfigProp("ssl.truststore.type", "PEM")
                .setConfigProp("ssl.truststore.certificates", ca.certificatePem())
                .setConfigProp("ssl.client.auth", "required")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        bootstrap = "127.0.0.1:" + cluster.brokers().values().iterator().next().boundPort(new ListenerName("SECURE"));
        saslBootstrap = "127.0.0.1:" + cluster.brokers().values().iterator().next()
                .boundPort(new ListenerName("SASLSECURE"));
        try (Admin admin = Admin.create(clientProperties())) {
            admin.createTopics(List.of(new NewTopic("gnmi", 1, (short) 1), new NewTopic("telegraf", 1, (short) 1),
                    new NewTopic("mixed", 1, (short) 1), new NewTopic("broken", 1, (short) 1),
                    new NewTopic("sasl", 1, (short) 1))).all().get();
        }
    }

    @AfterAll
    void stopBroker() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    private Map<String, String> settings(String topic, String format) {
        Map<String, String> s = new HashMap<>();
        s.put("bootstrap", bootstrap);
        s.put("topics", topic);
        s.put("group", "nettwin-" + topic);
        s.put("format", format);
        s.put("offset.reset", "earliest");
        s.put("tls.ca", ca.certificatePem());
        s.put("tls.cert", client.certificateChainPem());
        s.put("tls.key", client.privateKeyPem());
        return s;
    }

    private Properties clientProperties() {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.putAll(KafkaSettings.of(settings("any", "gnmi-json")).securityProperties());
        return p;
    }

    private void produce(String topic, List<String[]> keyValues) throws Exception {
        Properties p = clientProperties();
        p.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        p.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (String[] kv : keyValues) {
                producer.send(new ProducerRecord<>(topic, kv[0], kv[1])).get();
            }
        }
    }

    @Test
    void deliversGnmiNotificationsAsGnmicWritesThem() throws Exception {
        Path file = Path.of(System.getProperty("nettwin.shared", "../../shared"))
                .resolve("data/gnmi-notifications/issue_12831/responses.json");
        byte[] json = Files.readAllBytes(file);
        List<String[]> records = new ArrayList<>();
        for (JsonNode response : new ObjectMapper().readTree(json)) {
            records.add(new String[] {"r1", response.toString()});
        }
        JsonNode first = new ObjectMapper().readTree(json).get(0).get("update");
        records.add(new String[] {"r2", first.toString()}); // a bare Notification, as gnmic can also write
        List<Measurement> expected = new ArrayList<>();
        new GnmiJsonDecoder("r1").decode("file", new ByteArrayInputStream(json), expected::add);
        new GnmiJsonDecoder("r2").decode("first", new ByteArrayInputStream(("[{\"update\":" + first + "}]")
                .getBytes(StandardCharsets.UTF_8)), expected::add);
        produce("gnmi", records);

        ConcurrentLinkedQueue<Measurement> got = new ConcurrentLinkedQueue<>();
        try (KafkaCollector collector = (KafkaCollector) new KafkaCollectorFactory()
                .create(settings("gnmi", "gnmi-json"))) {
            collector.start(got::add);
            await(() -> got.size() >= expected.size());
        }
        assertThat(expected).isNotEmpty();
        assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void deliversTelegrafFieldsWithTagsAsLabels() throws Exception {
        produce("telegraf", List.<String[]>of(new String[] {null, "{\"fields\":{\"usage_idle\":97.5,\"online\":true,"
                + "\"state\":\"ok\"},\"name\":\"cpu\",\"tags\":{\"host\":\"r1\",\"cpu\":\"cpu0\"},"
                + "\"timestamp\":1700000000123}"}));
        Map<String, String> s = settings("telegraf", "telegraf-json");
        s.put("timestamp_units", "1ms");
        ConcurrentLinkedQueue<Measurement> got = new ConcurrentLinkedQueue<>();
        try (KafkaCollector collector = (KafkaCollector) new KafkaCollectorFactory().create(s)) {
            collector.start(got::add);
            await(() -> got.size() >= 3);
            assertThat(collector.health().report("r1").orElseThrow().measurements()).isEqualTo(3);
        }
        OptionalLong time = OptionalLong.of(1_700_000_000_123L * 1_000_000L);
        Map<String, String> labels = Map.of("cpu", "cpu0");
        assertThat(got).containsExactlyInAnyOrder(
                new Measurement("r1", "cpu/usage_idle", labels, time, new MeasuredValue.Numeric(97.5)),
                new Measurement("r1", "cpu/online", labels, time, new MeasuredValue.Flag(true)),
                new Measurement("r1", "cpu/state", labels, time, new MeasuredValue.Text("ok")));
    }

    @Test
    void refusesAndCountsUnknownSources() throws Exception {
        produce("mixed", List.of(metric("intruder", 1), metric("r7", 2), metric("intruder", 3), metric("r7", 4)));
        Map<String, String> s = settings("mixed", "telegraf-json");
        s.put("sources", "r7, r8");
        ConcurrentLinkedQueue<Measurement> got = new ConcurrentLinkedQueue<>();
        try (KafkaCollector collector = (KafkaCollector) new KafkaCollectorFactory().create(s)) {
            collector.start(got::add);
            await(() -> got.size() >= 2 && collector.health().refused().getOrDefault("unknown-source", 0L) >= 2);
            assertThat(collector.health().report("intruder")).isEmpty();
        }
        assertThat(got).extracting(Measurement::source).containsOnly("r7");
    }

    @Test
    void countsMalformedRecordsAndKeepsConsuming() throws Exception {
        produce("broken", List.of(new String[] {"k", "not json"},
                new String[] {"k", "{\"name\":\"cpu\",\"tags\":{\"host\":\"r3\"}}"},
                new String[] {"k", "{\"name\":\"cpu\",\"fields\":{\"x\":[1]},\"tags\":{\"host\":\"r3\"}}"},
                new String[] {"k", "{\"name\":\"cpu\",\"fields\":{\"x\":1}}"}, metric("r3", 5)));
        ConcurrentLinkedQueue<Measurement> got = new ConcurrentLinkedQueue<>();
        try (KafkaCollector collector = (KafkaCollector) new KafkaCollectorFactory()
                .create(settings("broken", "telegraf-json"))) {
            collector.start(got::add);
            await(() -> !got.isEmpty());
            assertThat(collector.health().report("unknown").orElseThrow().rejected())
                    .containsEntry("malformed", 1L).containsEntry("no-source", 1L);
            assertThat(collector.health().report("r3").orElseThrow().rejected()).containsEntry("malformed", 2L);
        }
        assertThat(got).extracting(Measurement::name).containsExactly("cpu/x");
    }

    @Test
    void refusesABrokerWhoseCertificateItDoesNotTrust() {
        Map<String, String> s = settings("gnmi", "gnmi-json");
        s.put("tls.ca", CertificateAuthority.create("stranger").certificatePem());
        s.put("group", "untrusting");
        try (KafkaCollector collector = (KafkaCollector) new KafkaCollectorFactory().create(s)) {
            collector.start(m -> { });
            await(() -> collector.health().refused().getOrDefault("untrusted-certificate", 0L) >= 1);
        }
    }

    @Test
    void logsInWithSaslPlainOverTlsAndIsRefusedAWrongPassword() throws Exception {
        produce("sasl", List.<String[]>of(metric("r9", 9)));
        Map<String, String> s = settings("sasl", "telegraf-json");
        s.put("bootstrap", saslBootstrap);
        s.put("username", "collector");
        s.put("password", "pa55");
        ConcurrentLinkedQueue<Measurement> got = new ConcurrentLinkedQueue<>();
        try (KafkaCollector collector = (KafkaCollector) new KafkaCollectorFactory().create(s)) {
            collector.start(got::add);
            await(() -> !got.isEmpty());
        }
        assertThat(got).extracting(Measurement::source).containsOnly("r9");
        s.put("password", "guess");
        s.put("group", "guessing");
        try (KafkaCollector collector = (KafkaCollector) new KafkaCollectorFactory().create(s)) {
            collector.start(m -> { });
            await(() -> collector.health().refused().getOrDefault("unauthorized", 0L) >= 1);
            assertThat(collector.health().report(saslBootstrap).orElseThrow().lastError().orElseThrow())
                    .doesNotContain("guess");
        }
    }

    private static String[] metric(String host, double value) {
        return new String[] {null, "{\"fields\":{\"x\":" + value + "},\"name\":\"cpu\",\"tags\":{\"host\":\"" + host
                + "\"},\"timestamp\":1700000000}"};
    }

    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 60 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

}
