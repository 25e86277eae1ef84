package org.nettwin.emulator.gnmi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.nettwin.emulator.device.Delivery;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.telemetry.gnmi.collector.GnmiCollectorFactory;
import org.nettwin.telemetry.health.SourceReport;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.security.CertificateAuthority;
import org.nettwin.telemetry.security.Credentials;
import org.nettwin.telemetry.security.TlsOptions;
import org.nettwin.telemetry.spi.Collector;
import org.nettwin.telemetry.spi.MeasurementSink;

/** The emulator's gNMI endpoint feeding the telemetry gNMI collector over TLS with per-device credentials. */
class GnmiEndToEndIT {

    private static final CertificateAuthority CA = CertificateAuthority.create("gnmi end-to-end CA");

    private record Fleet(List<EmulatedDevice> devices, Map<String, Credentials> credentials) {
        static Fleet of(int size, int interfaces) {
            List<EmulatedDevice> devices = new ArrayList<>();
            Map<String, Credentials> credentials = new HashMap<>();
            for (int i = 0; i < size; i++) {
                String id = "r" + i;
                devices.add(new FakeDevice(id, interfaces, 1_000_000L));
                credentials.put(id, new Credentials("collector", "pass-" + id));
            }
            return new Fleet(devices, credentials);
        }
    }

    private static GnmiEndpoint endpoint(Fleet fleet) {
        return GnmiEndpoint.start(fleet.devices(), GnmiEndpointSettings.of(TlsOptions.of(CA,
                Optional.of(CA.issueForLoopback("routers"))), fleet.credentials()));
    }

    private static Collector collector(GnmiEndpoint endpoint, Fleet fleet, String interval) {
        Map<String, String> settings = new HashMap<>();
        settings.put("tls.ca", CA.certificatePem());
        settings.put("interval", interval);
        endpoint.addresses().forEach((id, address) -> {
            settings.put("target." + id + ".address", "127.0.0.1:" + address.getPort());
            settings.put("target." + id + ".username", fleet.credentials().get(id).username());
            settings.put("target." + id + ".password", fleet.credentials().get(id).secret());
        });
        return new GnmiCollectorFactory().create(settings);
    }

    static void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void everyDevicesLeavesArriveAtTheCollector() throws Exception {
        Fleet fleet = Fleet.of(20, 4);
        Map<String, Set<String>> names = new ConcurrentHashMap<>();
        Map<String, Measurement> lastInOctets = new ConcurrentHashMap<>();
        MeasurementSink sink = m -> {
            names.computeIfAbsent(m.source(), s -> ConcurrentHashMap.newKeySet()).add(m.name());
            if (m.name().endsWith("[name=eth0]/state/counters/in-octets")) {
                lastInOctets.put(m.source(), m);
            }
        };
        try (GnmiEndpoint endpoint = endpoint(fleet); Collector collector = collector(endpoint, fleet, "PT0.2S")) {
            collector.start(sink);

            int leaves = Integer.parseInt(FakeDevice.leafCount(4));
            await("every leaf of every device", Duration.ofSeconds(40), () -> names.size() == 20
                    && names.values().stream().allMatch(s -> s.size() == leaves));

            assertThat(names.get("r7")).contains("/system/state/hostname",
                    "/components/component[name=cpu0]/cpu/utilization/state/instant",
                    "/interfaces/interface[name=eth3]/config/description");
            Measurement m = lastInOctets.get("r3");
            assertThat(m.labels()).isEqualTo(Map.of("target", "r3"));
            assertThat(m.value()).isInstanceOf(MeasuredValue.Numeric.class);
            assertThat(m.sourceTimeNanos().getAsLong()).isGreaterThan(FakeDevice.CLOCK_START);
            for (SourceReport report : collector.health().reports()) {
                assertThat(report.connected()).as(report.source()).isTrue();
                assertThat(report.rejectedTotal()).as(report.source()).isZero();
            }
            assertThat(collector.health().refused()).isEmpty();
            for (EmulatedDevice device : fleet.devices()) {
                assertThat(endpoint.refusedCalls(device.id())).isZero();
            }
        }
    }

    @Test
    void everyCollectModeWorksAgainstTheEndpoint() throws Exception {
        Fleet fleet = Fleet.of(5, 2);
        List<String> modes = List.of("sample", "on-change", "target-defined", "poll", "once");
        Map<String, Set<String>> names = new ConcurrentHashMap<>();
        MeasurementSink sink = m -> names.computeIfAbsent(m.source(), s -> ConcurrentHashMap.newKeySet())
                .add(m.name());
        try (GnmiEndpoint endpoint = endpoint(fleet); Collector collector = collector(endpoint, fleet, "PT0.2S")) {
            for (int i = 0; i < modes.size(); i++) {
                String id = "r" + i;
                var settings = new HashMap<String, String>();
                settings.put("address", "127.0.0.1:" + endpoint.addresses().get(id).getPort());
                settings.put("username", fleet.credentials().get(id).username());
                settings.put("password", fleet.credentials().get(id).secret());
                settings.put("mode", modes.get(i));
                ((org.nettwin.telemetry.spi.ReconfigurableCollector) collector).add(
                        new org.nettwin.telemetry.spi.Target(id, settings));
            }
            FakeDevice flawed = (FakeDevice) fleet.devices().get(0);
            flawed.flawScript.addAll(List.of(Delivery.MALFORMED, Delivery.MALFORMED, Delivery.MALFORMED));
            collector.start(sink);

            int leaves = Integer.parseInt(FakeDevice.leafCount(2));
            await("every leaf in every mode", Duration.ofSeconds(30), () -> names.size() == modes.size()
                    && names.values().stream().allMatch(s -> s.size() == leaves));
            await("malformed notifications rejected", Duration.ofSeconds(30), () -> collector.health().report("r0")
                    .orElseThrow().rejected().getOrDefault("empty-path-element", 0L) == 3);
            assertThat(collector.health().reports()).allMatch(r -> r.errors() == 0, "no errors");
        }
    }

    /** Prints (never asserts) what one collector receives from 200 devices of 102 leaves each. */
    @Test
    void measuresThroughputFromTwoHundredDevices() throws Exception {
        Fleet fleet = Fleet.of(200, 20);
        LongAdder measurements = new LongAdder();
        LongAdder notifications = new LongAdder();
        Map<String, Long> lastTimestamp = new ConcurrentHashMap<>();
        MeasurementSink sink = m -> {
            measurements.increment();
            Long before = lastTimestamp.put(m.source(), m.sourceTimeNanos().getAsLong());
            if (before == null || before != m.sourceTimeNanos().getAsLong()) {
                notifications.increment();
            }
        };
        for (String interval : List.of("PT1S", "PT0.2S")) {
            try (GnmiEndpoint endpoint = endpoint(fleet); Collector collector = collector(endpoint, fleet, interval)) {
                collector.start(sink);
                await("all 200 devices", Duration.ofSeconds(60), () -> lastTimestamp.size() == 200);
                Thread.sleep(1_000); // warm-up: past the initial full sets
                long m0 = measurements.sum();
                long n0 = notifications.sum();
                long t0 = System.nanoTime();
                Thread.sleep(5_000);
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "gNMI end-to-end, 200 devices x 102 leaves, sampling %s: "
                        + "%.0f notifications/s, %.0f measurements/s (%d cores)%n", interval,
                        (notifications.sum() - n0) / seconds, (measurements.sum() - m0) / seconds,
                        Runtime.getRuntime().availableProcessors());
                assertThat(measurements.sum()).isGreaterThan(m0);
            }
            lastTimestamp.clear();
        }
    }
}
