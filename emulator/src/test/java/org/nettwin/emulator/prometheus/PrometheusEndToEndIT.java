package org.nettwin.emulator.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.telemetry.prometheus.scraper.PrometheusScraper;
import org.nettwin.telemetry.security.CertificateAuthority;
import org.nettwin.telemetry.security.Credentials;
import org.nettwin.telemetry.security.TlsOptions;
import org.nettwin.telemetry.spi.Target;

/** Emulated servers' endpoints scraped by the telemetry scraper over TLS with per-device tokens. */
class PrometheusEndToEndIT {

    @Test
    void everyLeafOfEveryServerArrivesAndAWrongTokenIsRefused() {
        CertificateAuthority ca = CertificateAuthority.create("e2e-ca");
        List<EmulatedDevice> devices = new ArrayList<>();
        Map<String, Credentials> tokens = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            String id = "srv" + i;
            devices.add(new FakeServer(id, FakeServer.typicalLeaves(id)));
            tokens.put(id, new Credentials(id, "token-of-" + id));
        }
        TlsOptions tls = TlsOptions.of(ca, Optional.of(ca.issueForLoopback("servers")));
        Set<String> arrived = ConcurrentHashMap.newKeySet();
        try (PrometheusEndpoint endpoint = PrometheusEndpoint.start(devices, PrometheusEndpointSettings.of(tls, tokens)
                .withIdentities(Map.of("srv0", ca.issueForLoopback("srv0"))));
             PrometheusScraper scraper = new PrometheusScraper(Map.of("interval", "PT0.2S", "tls.ca",
                     ca.certificatePem()))) {
            endpoint.addresses().forEach((id, url) -> scraper.add(new Target(id, Map.of("url", url.toString(),
                    "token", "token-of-" + id))));
            scraper.add(new Target("intruder", Map.of("url", endpoint.addresses().get("srv3").toString(),
                    "token", "token-of-srv4")));
            scraper.start(m -> arrived.add(m.source() + " " + m.name() + " " + new java.util.TreeMap<>(m.labels())));
            Set<String> expected = devices.stream().flatMap(d -> d.leaves().stream().map(leaf -> key(d.id(), leaf)))
                    .collect(Collectors.toSet());
            await(() -> arrived.containsAll(expected));
            await(() -> scraper.health().refused().getOrDefault("unauthorized", 0L) >= 1);
            assertThat(endpoint.unauthorized("srv3")).isPositive();
            assertThat(arrived).noneMatch(k -> k.startsWith("intruder ") && !k.startsWith("intruder up ")
                    && !k.startsWith("intruder scrape_duration_seconds "));
            await(() -> devices.stream().allMatch(d -> scraper.health().report(d.id()).orElseThrow().connected()));
            assertThat(scraper.health().report("intruder").orElseThrow().connected()).isFalse();
        }
    }

    private static String key(String source, Leaf leaf) {
        return source + " " + leaf.path() + " " + new java.util.TreeMap<>(leaf.labels());
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 40 s").isLessThan(deadline);
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
