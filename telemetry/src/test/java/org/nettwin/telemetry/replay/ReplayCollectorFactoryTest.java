package org.nettwin.telemetry.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.telemetry.gnmi.GnmiJsonDecoder;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.prometheus.PrometheusTextDecoder;
import org.nettwin.telemetry.spi.Collector;
import org.nettwin.telemetry.spi.CollectorFactory;

class ReplayCollectorFactoryTest {

    private static Path shared(String relative) {
        return Path.of(System.getProperty("nettwin.shared", "../../shared")).resolve("data").resolve(relative);
    }

    private static ReplayCollector replay(Path file, String format, List<Measurement> got) throws Exception {
        ReplayCollector c = (ReplayCollector) new ReplayCollectorFactory()
                .create(Map.of("file", file.toString(), "format", format));
        c.start(got::add);
        assertThat(c.await(30_000)).isTrue();
        return c;
    }

    @Test
    void isFoundByServiceLoaderAsReplay() {
        List<String> kinds = ServiceLoader.load(CollectorFactory.class).stream().map(p -> p.get().kind()).toList();
        assertThat(kinds).contains("replay");
    }

    @Test
    void deliversEveryMeasurementOfASharedGnmiCapture() throws Exception {
        Path file = shared("gnmi-notifications/issue_13052/responses.json");
        List<Measurement> expected = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            new GnmiJsonDecoder("responses.json").decode(file.toString(), in, expected::add);
        }
        List<Measurement> got = Collections.synchronizedList(new ArrayList<>());
        ReplayCollector c = replay(file, "gnmi-json", got);
        assertThat(expected).isNotEmpty();
        assertThat(got).containsExactlyElementsOf(expected);
        assertThat(c.delivered()).isEqualTo(expected.size());
        assertThat(c.errors()).isZero();
        c.close();
        c.close();
    }

    @Test
    void deliversEveryMeasurementOfTheSharedPrometheusExposition() throws Exception {
        Path file = shared("prometheus-exposition/node_exporter-e2e-output-linux.txt");
        List<Measurement> expected = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            new PrometheusTextDecoder("node_exporter-e2e-output-linux.txt").decode(file.toString(), in, expected::add);
        }
        List<Measurement> got = Collections.synchronizedList(new ArrayList<>());
        ReplayCollector c = replay(file, "prometheus", got);
        assertThat(got).hasSize(expected.size()).containsExactlyElementsOf(expected);
        assertThat(c.errors()).isZero();
    }

    @Test
    void countsAMalformedFileAndStopsWithoutThrowing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "up 1\nup{job=\"a\" 2\nup 3\n", StandardCharsets.UTF_8);
        List<Measurement> got = Collections.synchronizedList(new ArrayList<>());
        ReplayCollector c = replay(file, "prometheus", got);
        assertThat(got).hasSize(1);
        assertThat(c.errors()).isEqualTo(1);
        assertThat(c.lastError()).isPresent();
        c.close();
        c.close();
    }

    @Test
    void countsAMissingFile(@TempDir Path dir) throws Exception {
        ReplayCollector c = replay(dir.resolve("absent.json"), "gnmi-json", new ArrayList<>());
        assertThat(c.errors()).isEqualTo(1);
    }

    @Test
    void rejectsBadSettings() {
        ReplayCollectorFactory f = new ReplayCollectorFactory();
        assertThatThrownBy(() -> f.create(Map.of("format", "prometheus"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("file");
        assertThatThrownBy(() -> f.create(Map.of("file", "x", "format", "csv")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format");
        try (Collector c = f.create(Map.of("file", "x", "format", "gnmi-json", "source", "r1"))) {
            assertThat(c).isNotNull();
        }
    }
}
