package org.nettwin.server.collect;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.nettwin.telemetry.health.SourceReport;
import org.nettwin.telemetry.spi.Collector;
import org.nettwin.telemetry.spi.CollectorFactory;
import org.nettwin.telemetry.spi.MeasurementSink;
import org.nettwin.telemetry.spi.ReconfigurableCollector;
import org.nettwin.telemetry.spi.Target;

/**
 * Running collectors for every endpoint of a {@link TargetDirectory}: one gNMI collector (a SAMPLE subscription per
 * device at {@code interval}), one Prometheus scraper and one MQTT subscriber, found by kind through
 * {@link CollectorFactory}, all with TLS trusting the directory's authority and each device's own credentials,
 * delivering to one sink.
 */
public final class CollectionRig implements AutoCloseable {

    /** Everything an emulated router reports: interfaces, QoS, components, system and the routing metrics. */
    static final String GNMI_PATHS = "/interfaces,/qos,/components,/system,/network-instances";

    private final List<Collector> collectors = new ArrayList<>();

    private CollectionRig() {
    }

    /** Starts collecting everything in {@code directory} into {@code sink}. */
    public static CollectionRig start(TargetDirectory directory, MeasurementSink sink, Duration interval) {
        requireNonNull(sink, "sink");
        CollectionRig rig = new CollectionRig();
        try {
            rig.startGnmi(directory, sink, interval);
            rig.startPrometheus(directory, sink, interval);
            rig.startMqtt(directory, sink);
        } catch (RuntimeException e) {
            rig.close();
            throw e;
        }
        return rig;
    }

    private void startGnmi(TargetDirectory directory, MeasurementSink sink, Duration interval) {
        List<DeviceEndpoint> devices = directory.ofKind("gnmi");
        if (devices.isEmpty()) {
            return;
        }
        ReconfigurableCollector gnmi = reconfigurable("gnmi", tls(directory));
        for (DeviceEndpoint d : devices) {
            gnmi.add(new Target(d.device(), Map.of("address", d.address(), "username", d.credentials().username(),
                    "password", d.credentials().secret(), "mode", "sample", "paths", GNMI_PATHS,
                    "interval", String.valueOf(interval.toMillis()))));
        }
        start(gnmi, sink);
    }

    private void startPrometheus(TargetDirectory directory, MeasurementSink sink, Duration interval) {
        List<DeviceEndpoint> servers = directory.ofKind("prometheus");
        if (servers.isEmpty()) {
            return;
        }
        ReconfigurableCollector scraper = reconfigurable("prometheus", tls(directory));
        for (DeviceEndpoint d : servers) {
            scraper.add(new Target(d.device(), Map.of("url", d.address(), "token", d.credentials().secret(),
                    "interval", String.valueOf(interval.toMillis()))));
        }
        start(scraper, sink);
    }

    private void startMqtt(TargetDirectory directory, MeasurementSink sink) {
        List<DeviceEndpoint> cells = directory.ofKind("mqtt");
        if (cells.isEmpty()) {
            return;
        }
        Map<String, String> settings = tls(directory);
        settings.put("broker", directory.brokerUri().orElseThrow(
                () -> new IllegalArgumentException("the target directory lists MQTT devices but no broker")));
        directory.brokerCredentials().ifPresent(c -> {
            settings.put("username", c.username());
            settings.put("password", c.secret());
        });
        settings.put("client-id", "nettwin-collector-" + ProcessHandle.current().pid());
        ReconfigurableCollector mqtt = reconfigurable("mqtt", settings);
        for (DeviceEndpoint d : cells) {
            mqtt.add(new Target(d.device(), Map.of()));
        }
        start(mqtt, sink);
    }

    private static Map<String, String> tls(TargetDirectory directory) {
        Map<String, String> settings = new HashMap<>();
        settings.put("tls", "on");
        settings.put("tls.ca", directory.caPem());
        return settings;
    }

    private static ReconfigurableCollector reconfigurable(String kind, Map<String, String> settings) {
        for (CollectorFactory factory : ServiceLoader.load(CollectorFactory.class)) {
            if (factory.kind().equals(kind)) {
                Collector c = factory.create(settings);
                if (c instanceof ReconfigurableCollector r) {
                    return r;
                }
                throw new IllegalStateException("the " + kind + " collector cannot add targets at run time");
            }
        }
        throw new IllegalStateException("no collector of kind " + kind + " is installed");
    }

    private void start(Collector collector, MeasurementSink sink) {
        collectors.add(collector);
        collector.start(sink);
    }

    /** The running collectors. */
    public List<Collector> collectors() {
        return List.copyOf(collectors);
    }

    /** Every source's health, all collectors together. */
    public List<SourceReport> health() {
        List<SourceReport> out = new ArrayList<>();
        collectors.forEach(c -> out.addAll(c.health().reports()));
        return out;
    }

    /** Refused peers of all collectors, by collector and reason. */
    public Map<String, Long> refused() {
        Map<String, Long> out = new HashMap<>();
        collectors.forEach(c -> c.health().refused().forEach((reason, n) ->
                out.merge(c.health().collector() + ":" + reason, n, Long::sum)));
        return out;
    }

    @Override
    public void close() {
        for (Collector c : collectors) {
            c.close();
        }
    }
}
