package org.nettwin.emulator.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nettwin.emulator.device.Delivery;
import org.nettwin.emulator.device.DeviceRole;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.model.format.FormatException;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.prometheus.PrometheusTextDecoder;
import org.nettwin.telemetry.security.CertificateAuthority;
import org.nettwin.telemetry.security.Credentials;
import org.nettwin.telemetry.security.TlsOptions;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusEndpointTest {

    private final FakeServer server = new FakeServer("srv1", FakeServer.typicalLeaves("srv1"));
    private final FakeServer router = new FakeServer("r1", DeviceRole.ROUTER, List.of());
    private PrometheusEndpoint endpoint;
    private HttpClient client;
    private URI metrics;

    @BeforeAll
    void start() {
        CertificateAuthority ca = CertificateAuthority.create("test-ca");
        TlsOptions tls = TlsOptions.of(ca, Optional.of(ca.issueForLoopback("servers")));
        endpoint = PrometheusEndpoint.start(List.of(server, router),
                PrometheusEndpointSettings.of(tls, Map.of("srv1", new Credentials("srv1", "s3cret-token"))));
        client = HttpClient.newBuilder().sslContext(TlsOptions.of(ca, Optional.empty()).sslContext())
                .connectTimeout(Duration.ofSeconds(10)).build();
        metrics = endpoint.addresses().get("srv1");
    }

    @AfterAll
    void stop() {
        endpoint.close();
    }

    @Test
    void servesOnlyServerDevicesOverHttpsOnLoopback() {
        assertThat(endpoint.addresses()).containsOnlyKeys("srv1");
        assertThat(metrics.getScheme()).isEqualTo("https");
        assertThat(metrics.getHost()).isEqualTo("127.0.0.1");
        assertThat(metrics.getPath()).isEqualTo("/metrics");
    }

    @Test
    void groupsLeavesIntoTypedFamilies() throws Exception {
        HttpResponse<String> response = get(metrics, "s3cret-token", "GET");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("text/plain; version=0.0.4; charset=utf-8");
        String body = response.body();
        assertThat(body).contains("# TYPE node_cpu_seconds_total counter\n",
                "# TYPE node_memory_MemAvailable_bytes gauge\n",
                "node_cpu_seconds_total{cpu=\"0\",mode=\"user\"} 18446744073709551615\n",
                "node_memory_MemAvailable_bytes 1.6647892992e+10\n", "node_load1 0.25\n",
                "node_hwmon_temp_celsius NaN\n", "node_filesystem_free_bytes +Inf\n",
                "node_systemd_unit_active 1\n");
        assertThat(body.split("# TYPE node_cpu_seconds_total ", -1)).hasSize(2);
    }

    @Test
    void groupsBucketsSumAndCountIntoOneHistogram() throws Exception {
        String body = get(metrics, "s3cret-token", "GET").body();
        assertThat(body).contains("# TYPE nf_request_duration_seconds histogram\n"
                + "nf_request_duration_seconds_bucket{le=\"0.01\",nf=\"upf\"} 2\n"
                + "nf_request_duration_seconds_bucket{le=\"0.1\",nf=\"upf\"} 5\n"
                + "nf_request_duration_seconds_bucket{le=\"+Inf\",nf=\"upf\"} 9\n"
                + "nf_request_duration_seconds_sum{nf=\"upf\"} 1.5\n"
                + "nf_request_duration_seconds_count{nf=\"upf\"} 9\n");
        assertThat(body).doesNotContain("# TYPE nf_request_duration_seconds_bucket",
                "# TYPE nf_request_duration_seconds_sum", "# TYPE nf_request_duration_seconds_count");
    }

    @Test
    void escapesLabelValues() throws Exception {
        String body = get(metrics, "s3cret-token", "GET").body();
        assertThat(body).contains("node_uname{nodename=\"srv1\",note=\"a \\\"quoted\\\\path\\\"\\nline\"} 1\n");
    }

    @Test
    void decodesBackToTheDeviceLeaves() throws Exception {
        List<Measurement> decoded = decode(get(metrics, "s3cret-token", "GET").body());
        assertThat(decoded).hasSize(server.leaves().size());
        for (Leaf leaf : server.leaves()) {
            assertThat(decoded).anySatisfy(m -> {
                assertThat(m.name()).isEqualTo(leaf.path());
                assertThat(m.labels()).isEqualTo(leaf.labels());
                assertThat(m.sourceTimeNanos()).isEmpty();
                assertThat(Double.valueOf(((MeasuredValue.Numeric) m.value()).value()))
                        .isEqualTo(Double.valueOf(numeric(leaf.value())));
            });
        }
    }

    @Test
    void refusesMissingOrWrongTokensAndCountsThem() throws Exception {
        long before = endpoint.unauthorized("srv1");
        HttpResponse<String> none = get(metrics, null, "GET");
        HttpResponse<String> wrong = get(metrics, "guess", "GET");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> v.startsWith("Bearer"));
        assertThat(wrong.body()).doesNotContain("s3cret");
        assertThat(endpoint.unauthorized("srv1")).isEqualTo(before + 2);
    }

    @Test
    void answersOtherPathsWith404AndOtherMethodsWith405() throws Exception {
        assertThat(get(metrics.resolve("/other"), "s3cret-token", "GET").statusCode()).isEqualTo(404);
        assertThat(get(metrics, "s3cret-token", "DELETE").statusCode()).isEqualTo(405);
        assertThat(get(metrics, "s3cret-token", "HEAD").statusCode()).isEqualTo(200);
    }

    @Test
    void compressesWhenTheScraperAcceptsGzip() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(metrics).header("Authorization", "Bearer s3cret-token")
                .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(20)).build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (InputStream in = new GZIPInputStream(response.body())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("node_load1 0.25\n");
        }
    }

    @Test
    void appliesTheDeviceFlawsPerScrape() throws Exception {
        server.late(Duration.ofMillis(300)).then(Delivery.DROP).then(Delivery.MALFORMED).then(Delivery.DUPLICATE)
                .then(Delivery.LATE);
        assertThat(get(metrics, "s3cret-token", "GET").statusCode()).isEqualTo(503);
        HttpResponse<String> malformed = get(metrics, "s3cret-token", "GET");
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> decode(malformed.body())).isInstanceOf(FormatException.class);
        assertThat(decode(get(metrics, "s3cret-token", "GET").body())).hasSize(server.leaves().size());
        long start = System.nanoTime();
        HttpResponse<String> late = get(metrics, "s3cret-token", "GET");
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
        assertThat(decode(late.body())).hasSize(server.leaves().size());
    }

    @Test
    void answers503WhileTheDeviceIsUnreachable() throws Exception {
        server.reachable(false);
        try {
            assertThat(get(metrics, "s3cret-token", "GET").statusCode()).isEqualTo(503);
        } finally {
            server.reachable(true);
        }
    }

    @Test
    void corruptsEveryShapeOfBodyBeyondDecoding() {
        for (String body : List.of("", "# HELP a b\n# TYPE a gauge\n", "a 1\n", "a{x=\"1\"} 2\n", "a 1\nb 2")) {
            assertThatThrownBy(() -> decode(ScrapeHandler.corrupt(body))).as(body)
                    .isInstanceOf(FormatException.class);
        }
    }

    @Test
    void refusesToServeWithoutAnIdentity() {
        CertificateAuthority ca = CertificateAuthority.create("other");
        assertThatThrownBy(() -> PrometheusEndpoint.start(List.of(new FakeServer("s9", List.of())),
                PrometheusEndpointSettings.of(TlsOptions.of(ca, Optional.empty()), Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s9");
    }

    private HttpResponse<String> get(URI uri, String token, String method) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static List<Measurement> decode(String body) throws FormatException {
        List<Measurement> out = new ArrayList<>();
        new PrometheusTextDecoder("srv1").decode("scrape", new ByteArrayInputStream(
                body.getBytes(StandardCharsets.UTF_8)), out::add);
        return out;
    }

    private static double numeric(LeafValue value) {
        if (value instanceof LeafValue.Counter c) {
            return Double.parseDouble(Long.toUnsignedString(c.value()));
        }
        if (value instanceof LeafValue.Flag f) {
            return f.value() ? 1 : 0;
        }
        return ((LeafValue.Gauge) value).value();
    }
}
