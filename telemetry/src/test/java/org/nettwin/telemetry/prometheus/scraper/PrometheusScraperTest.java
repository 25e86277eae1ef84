package org.nettwin.telemetry.prometheus.scraper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.security.CertificateAuthority;
import org.nettwin.telemetry.spi.CollectorFactory;
import org.nettwin.telemetry.spi.Target;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusScraperTest {

    private static final String EXPOSITION = "# HELP node_load1 1m load average.\n# TYPE node_load1 gauge\n"
            + "node_load1 0.25\n# TYPE node_cpu_seconds_total counter\n"
            + "node_cpu_seconds_total{cpu=\"0\",mode=\"idle\"} 1.8446744073709552e+19\n"
            + "http_requests_total{code=\"200\"} 1027 1395066363000\n";

    private CertificateAuthority ca;
    private ExpositionServer server;

    @BeforeAll
    void start() throws Exception {
        ca = CertificateAuthority.create("scrape-ca");
        server = new ExpositionServer(ca, "tok-123");
        server.body.set(EXPOSITION);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private Map<String, String> settings(String token) {
        Map<String, String> s = new HashMap<>();
        s.put("url", server.url());
        s.put("interval", "100");
        s.put("timeout", "PT5S");
        s.put("token", token);
        s.put("tls.ca", ca.certificatePem());
        return s;
    }

    @Test
    void deliversEachScrapeWithUpAndDuration() {
        ConcurrentLinkedQueue<Measurement> got = new ConcurrentLinkedQueue<>();
        try (PrometheusScraper scraper = new PrometheusScraper(Map.of())) {
            scraper.add(new Target("exporter-1", settings("tok-123")));
            scraper.start(got::add);
            await(() -> got.stream().anyMatch(m -> m.name().equals("up")));
            await(() -> scraper.health().report("exporter-1").map(r -> r.connected()).orElse(false));
        }
        assertThat(got).allSatisfy(m -> assertThat(m.source()).isEqualTo("exporter-1"));
        assertThat(got).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("node_cpu_seconds_total");
            assertThat(m.labels()).isEqualTo(Map.of("cpu", "0", "mode", "idle"));
            assertThat(m.sourceTimeNanos()).isEmpty();
        });
        assertThat(got).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("http_requests_total");
            assertThat(m.sourceTimeNanos()).hasValue(1_395_066_363_000L * 1_000_000L);
        });
        assertThat(got).anySatisfy(m -> assertThat(m).isEqualTo(numeric("exporter-1", "up", 1)));
        assertThat(got).anySatisfy(m -> assertThat(m.name()).isEqualTo("scrape_duration_seconds"));
    }

    @Test
    void refusesAndCountsAWrongToken() {
        ConcurrentLinkedQueue<Measurement> got = new ConcurrentLinkedQueue<>();
        try (PrometheusScraper scraper = new PrometheusScraper(Map.of())) {
            scraper.add(new Target("exporter-2", settings("wrong")));
            scraper.start(got::add);
            await(() -> scraper.health().refused().getOrDefault("unauthorized", 0L) >= 1);
            await(() -> got.contains(numeric("exporter-2", "up", 0)));
            assertThat(scraper.health().report("exporter-2").orElseThrow().connected()).isFalse();
            assertThat(scraper.health().report("exporter-2").orElseThrow().errors()).isPositive();
        }
        assertThat(got).extracting(Measurement::name).containsOnly("up", "scrape_duration_seconds");
    }

    @Test
    void refusesAnUntrustedCertificate() {
        Map<String, String> s = settings("tok-123");
        s.put("tls.ca", CertificateAuthority.create("stranger").certificatePem());
        try (PrometheusScraper scraper = new PrometheusScraper(Map.of())) {
            scraper.add(new Target("exporter-3", s));
            scraper.start(m -> { });
            await(() -> scraper.health().refused().getOrDefault("untrusted-certificate", 0L) >= 1);
            assertThat(scraper.health().refused()).doesNotContainKey("unauthorized");
        }
    }

    @Test
    void rejectsAMalformedScrapeWholeAndGoesOn() throws Exception {
        ConcurrentLinkedQueue<Measurement> got = new ConcurrentLinkedQueue<>();
        try (ExpositionServer flaky = new ExpositionServer(ca, "tok-123");
             PrometheusScraper scraper = new PrometheusScraper(Map.of())) {
            flaky.body.set("good_before 1\nbroken{le=\"1\" 2\n");
            Map<String, String> s = settings("tok-123");
            s.put("url", flaky.url());
            scraper.add(new Target("flaky", s));
            scraper.start(got::add);
            await(() -> scraper.health().report("flaky").map(r -> r.rejected().getOrDefault("malformed", 0L) >= 1)
                    .orElse(false));
            // the rejection is counted before the scrape's up=0 reaches the sink: wait for it rather than race it
            await(() -> got.contains(numeric("flaky", "up", 0)));
            assertThat(got).noneMatch(m -> m.name().equals("good_before"));
            flaky.body.set("good_after 2\n");
            await(() -> got.contains(numeric("flaky", "good_after", 2)));
            flaky.status.set(503);
            long errors = scraper.health().report("flaky").orElseThrow().errors();
            await(() -> scraper.health().report("flaky").orElseThrow().errors() > errors);
        }
    }

    @Test
    void countsATimeoutAsAnError() throws Exception {
        try (ExpositionServer slow = new ExpositionServer(ca, "tok-123");
             PrometheusScraper scraper = new PrometheusScraper(Map.of())) {
            slow.delayMillis.set(3_000);
            Map<String, String> s = settings("tok-123");
            s.put("url", slow.url());
            s.put("interval", "PT1S");
            s.put("timeout", "200");
            scraper.add(new Target("slow", s));
            scraper.start(m -> { });
            await(() -> scraper.health().report("slow").flatMap(r -> r.lastError()).map(e -> e.contains("timed out"))
                    .orElse(false));
            slow.delayMillis.set(0);
        }
    }

    @Test
    void addsAndRemovesTargetsWhileRunning() {
        ConcurrentLinkedQueue<Measurement> got = new ConcurrentLinkedQueue<>();
        try (PrometheusScraper scraper = new PrometheusScraper(Map.of("interval", "PT0.1S"))) {
            scraper.start(got::add);
            Map<String, String> s = settings("tok-123");
            s.remove("interval");
            scraper.add(new Target("a", s));
            scraper.add(new Target("b", s));
            assertThat(scraper.targets()).containsExactly("a", "b");
            await(() -> got.stream().anyMatch(m -> m.source().equals("b") && m.name().equals("node_load1")));
            scraper.remove("b");
            assertThat(scraper.targets()).containsExactly("a");
            assertThat(scraper.health().report("b")).isEmpty();
            got.clear();
            await(() -> got.stream().filter(m -> m.source().equals("a") && m.name().equals("up")).count() >= 3);
            assertThat(got).noneMatch(m -> m.source().equals("b"));
        }
    }

    @Test
    void parsesSettingsWithErrorsNamingTheSettingButNeverASecret() {
        assertThatThrownBy(() -> ScrapeTarget.of(new Target("t", Map.of()), Map.of()))
                .hasMessage("prometheus target t: setting 'url' is missing");
        Map<String, String> s = settings("hunter2");
        s.put("interval", "soon");
        assertThatThrownBy(() -> ScrapeTarget.of(new Target("t", s), Map.of())).hasMessageContaining("'interval'")
                .hasMessageNotContaining("hunter2");
        Map<String, String> both = settings("hunter2");
        both.put("username", "u");
        both.put("password", "hunter3");
        assertThatThrownBy(() -> ScrapeTarget.of(new Target("t", both), Map.of())).hasMessageContaining("'token'")
                .hasMessageNotContaining("hunter");
        Map<String, String> plain = settings("hunter2");
        plain.put("url", "http://127.0.0.1:1/metrics");
        assertThatThrownBy(() -> ScrapeTarget.of(new Target("t", plain), Map.of())).hasMessageContaining("'tls'");
        ScrapeTarget ok = ScrapeTarget.of(new Target("t", settings("hunter2")), Map.of());
        assertThat(ok.interval().toMillis()).isEqualTo(100);
        assertThat(ok.timeout().toSeconds()).isEqualTo(5);
        assertThat(ok.toString()).doesNotContain("hunter2");
        Map<String, String> basic = settings("x");
        basic.remove("token");
        basic.put("username", "prom");
        basic.put("password", "pw");
        assertThat(ScrapeTarget.of(new Target("t", basic), Map.of()).authorization()).hasValue("Basic cHJvbTpwdw==");
    }

    @Test
    void createsAScraperWithItsFirstTargetFromFactorySettings() {
        Map<String, String> s = settings("tok-123");
        ConcurrentLinkedQueue<Measurement> got = new ConcurrentLinkedQueue<>();
        try (PrometheusScraper scraper = (PrometheusScraper) new PrometheusScraperFactory().create(s)) {
            URI url = URI.create(server.url());
            String name = url.getHost() + ":" + url.getPort();
            assertThat(scraper.targets()).containsExactly(name);
            scraper.start(got::add);
            await(() -> got.contains(numeric(name, "node_load1", 0.25)));
        }
        assertThat(new PrometheusScraperFactory().create(Map.of("interval", "PT2S"))).isInstanceOfSatisfying(
                PrometheusScraper.class, scraper -> assertThat(scraper.targets()).isEmpty());
        assertThatThrownBy(() -> new PrometheusScraperFactory().create(Map.of("url", "ftp://h/x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'url'");
    }

    @Test
    void isFoundByServiceLoaderAsPrometheus() {
        List<String> kinds = ServiceLoader.load(CollectorFactory.class).stream().map(p -> p.get().kind()).toList();
        assertThat(kinds).contains("prometheus");
    }

    static Measurement numeric(String source, String name, double value) {
        return new Measurement(source, name, Map.of(), java.util.OptionalLong.empty(),
                new MeasuredValue.Numeric(value));
    }

    /** Waits up to 30 s for {@code condition}. */
    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
