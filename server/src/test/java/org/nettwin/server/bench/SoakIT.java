package org.nettwin.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.emulator.flaw.DeviceFlaws;
import org.nettwin.emulator.network.EmulatorSettings;

/**
 * A small soak in CI: a 6-site metro emulated with TLS endpoints and skewed clocks that duplicate messages,
 * collected over gNMI, Prometheus and MQTT, cleaned and stored; every numeric leaf of every device must be in the
 * store with one sample per second of the window. (The lag figure is the benchmark's business, not asserted here.)
 */
class SoakIT {

    @Test
    void storesEverySampleEveryDeviceEmits(@TempDir Path dir) throws Exception {
        EmulatorSettings settings = EmulatorSettings.DEFAULTS.withDefaultFlaws(DeviceFlaws.NONE
                .withClock(Duration.ofMillis(80), 20.0).withMessages(0, 0.01, 0, 0, Duration.ZERO));
        StringWriter progress = new StringWriter();

        SoakReport report = SoakRun.run(6, Duration.ofSeconds(20), Duration.ofSeconds(10), dir.resolve("store"),
                settings, new PrintWriter(progress));

        String figures = String.join("\n", report.lines()) + "\n" + progress;
        assertThat(report.devices()).containsKeys("gnmi", "prometheus", "mqtt");
        assertThat(report.seriesEmitted()).as(figures).isGreaterThan(1_000);
        assertThat(report.seriesStored()).as(figures).isEqualTo(report.seriesEmitted());
        assertThat(report.missing()).as(figures).isZero();
        assertThat(report.seriesWithGaps()).as(figures).isZero();
        assertThat(report.refused()).as(figures).isEmpty();
        assertThat(report.rejected()).as(figures).isZero();
    }
}
