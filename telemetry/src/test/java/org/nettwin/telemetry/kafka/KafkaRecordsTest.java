package org.nettwin.telemetry.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.security.CertificateAuthority;
import org.nettwin.telemetry.spi.CollectorFactory;

class KafkaRecordsTest {

    private static final String NOTIFICATION = "{\"timestamp\":\"1673608605875353770\",\"prefix\":{\"target\":\"r5\","
            + "\"elem\":[{\"name\":\"interfaces\"},{\"name\":\"interface\",\"key\":{\"name\":\"eth0\"}}]},"
            + "\"update\":[{\"path\":{\"elem\":[{\"name\":\"state\"},{\"name\":\"counters\"},{\"name\":\"in-octets\"}]},"
            + "\"val\":{\"uintVal\":\"42\"}}]}";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTelegrafBatchesWithTheSourceFromATag() throws Exception {
        TelegrafRecords records = new TelegrafRecords(SourceRule.of("tag:device"), 1_000_000_000L);
        List<Measurement> got = records.decode(null, bytes("{\"metrics\":[{\"fields\":{\"used\":5},\"name\":\"mem\","
                + "\"tags\":{\"device\":\"r2\",\"host\":\"telegraf-1\"},\"timestamp\":1700000000}]}"));
        assertThat(got).containsExactly(new Measurement("r2", "mem/used", Map.of("host", "telegraf-1"),
                OptionalLong.of(1_700_000_000_000_000_000L), new MeasuredValue.Numeric(5)));
    }

    @Test
    void takesTheSourceFromTheRecordKeyWhenAsked() throws Exception {
        TelegrafRecords records = new TelegrafRecords(SourceRule.of("key"), 1L);
        List<Measurement> got = records.decode("r4", bytes("{\"fields\":{\"x\":1},\"name\":\"m\",\"tags\":{\"host\":"
                + "\"h\"}}"));
        assertThat(got).singleElement().satisfies(m -> {
            assertThat(m.source()).isEqualTo("r4");
            assertThat(m.labels()).isEqualTo(Map.of("host", "h"));
            assertThat(m.sourceTimeNanos()).isEmpty();
        });
        assertThatThrownBy(() -> records.decode(null, bytes("{\"fields\":{\"x\":1},\"name\":\"m\"}")))
                .isInstanceOfSatisfying(RecordProblem.class, p -> assertThat(p.reason()).isEqualTo("no-source"));
    }

    @Test
    void rejectsTelegrafRecordsWhole() {
        TelegrafRecords records = new TelegrafRecords(SourceRule.DEFAULT, 1L);
        for (String bad : List.of("[1]", "{\"name\":\"m\",\"tags\":{\"host\":\"r\"}}",
                "{\"name\":\"m\",\"fields\":{\"a\":1,\"b\":null},\"tags\":{\"host\":\"r\"}}",
                "{\"name\":\"m\",\"fields\":{\"a\":1},\"tags\":{\"host\":\"r\"},\"timestamp\":\"x\"}",
                "{\"name\":\"m\",\"fields\":{\"a\":1},\"tags\":{\"host\":\"r\"},\"timestamp\":1e300}", "{\"na")) {
            assertThatThrownBy(() -> records.decode(null, bytes(bad))).as(bad)
                    .isInstanceOfSatisfying(RecordProblem.class, p -> assertThat(p.reason()).isEqualTo("malformed"));
        }
    }

    @Test
    void readsGnmiResponsesAndBareNotificationsAlike() throws Exception {
        GnmiRecords records = new GnmiRecords(SourceRule.DEFAULT);
        List<Measurement> bare = records.decode("key-1", bytes(NOTIFICATION));
        List<Measurement> wrapped = records.decode("key-1", bytes("{\"update\":" + NOTIFICATION + "}"));
        assertThat(bare).isEqualTo(wrapped).singleElement().satisfies(m -> {
            assertThat(m.source()).isEqualTo("r5");
            assertThat(m.name()).isEqualTo("/interfaces/interface[name=eth0]/state/counters/in-octets");
            assertThat(m.sourceTimeNanos()).hasValue(1673608605875353770L);
        });
        assertThat(records.decode("key-1", bytes("{\"syncResponse\":true}"))).isEmpty();
        assertThat(new GnmiRecords(SourceRule.of("key")).decode("k9", bytes(NOTIFICATION)))
                .extracting(Measurement::source).containsExactly("k9");
        String badValue = "{\"update\":{\"update\":[{\"path\":{\"elem\":[{\"name\":\"x\"}]},"
                + "\"val\":{\"intVal\":\"many\"}}]}}";
        assertThatThrownBy(() -> records.decode("key-1", bytes(badValue)))
                .isInstanceOfSatisfying(RecordProblem.class, p -> {
                    assertThat(p.reason()).isEqualTo("malformed");
                    assertThat(p.source()).isEqualTo("key-1");
                });
        assertThatThrownBy(() -> records.decode(null, bytes("]"))).isInstanceOf(RecordProblem.class);
    }

    @Test
    void mapsTlsAndSaslToKafkaSettingsWithoutShowingSecrets() {
        CertificateAuthority ca = CertificateAuthority.create("k");
        var id = ca.issueForLoopback("c");
        Map<String, String> s = new HashMap<>(Map.of("bootstrap", "127.0.0.1:9093", "topics", "a, b,a", "group", "g",
                "format", "gnmi-json", "tls.ca", ca.certificatePem(), "tls.cert", id.certificateChainPem(),
                "tls.key", id.privateKeyPem(), "username", "u", "password", "p\"w"));
        KafkaSettings settings = KafkaSettings.of(s);
        assertThat(settings.topics()).containsExactly("a", "b");
        Map<String, String> security = settings.securityProperties();
        assertThat(security).containsEntry("security.protocol", "SASL_SSL").containsEntry("ssl.keystore.type", "PEM")
                .containsEntry("ssl.truststore.type", "PEM").containsEntry("sasl.mechanism", "PLAIN")
                .containsEntry("ssl.endpoint.identification.algorithm", "https");
        assertThat(security.get("sasl.jaas.config")).contains("password=\"p\\\"w\"");
        assertThat(settings.toString()).doesNotContain("p\"w", "PRIVATE");
        s.put("tls", "off");
        s.remove("username");
        s.remove("password");
        assertThat(KafkaSettings.of(s).securityProperties()).containsExactly(Map.entry("security.protocol",
                "PLAINTEXT"));
    }

    @Test
    void namesTheBadSetting() {
        Map<String, String> s = new HashMap<>(Map.of("bootstrap", "b:1", "topics", "t", "group", "g",
                "format", "gnmi-json", "tls", "off"));
        assertThatThrownBy(() -> KafkaSettings.of(with(s, "format", "xml"))).hasMessageContaining("'format'");
        assertThatThrownBy(() -> KafkaSettings.of(with(s, "topics", " , "))).hasMessageContaining("'topics'");
        assertThatThrownBy(() -> KafkaSettings.of(with(s, "source", "header:x"))).hasMessageContaining("'source'");
        assertThatThrownBy(() -> KafkaSettings.of(with(s, "timestamp_units", "1h")))
                .hasMessageContaining("'timestamp_units'");
        assertThatThrownBy(() -> KafkaSettings.of(with(s, "password", "secret-pw")))
                .hasMessageContaining("'username'").hasMessageNotContaining("secret-pw");
        s.remove("group");
        assertThatThrownBy(() -> KafkaSettings.of(s)).hasMessage("kafka: setting 'group' is missing");
    }

    @Test
    void isFoundByServiceLoaderAsKafka() {
        assertThat(ServiceLoader.load(CollectorFactory.class).stream().map(p -> p.get().kind()))
                .contains("kafka");
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> out = new HashMap<>(base);
        out.put(key, value);
        return out;
    }
}
