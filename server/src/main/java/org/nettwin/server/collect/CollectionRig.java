package org.nettwin.server.collect;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * device at {@code interval}, plus oper-status ON_CHANGE), one Prometheus scraper and one MQTT subscriber, found by kind through
 * {@link CollectorFactory}, all with TLS trusting the directory's authority and each device's own credentials,
 * delivering to one sink. {@link #apply} moves the running collectors to a new directory without a restart: targets
 * that disappeared are removed, new or changed ones added.
 */
public final class CollectionRig implements AutoCloseable {

    /** Everything an emulated router reports: interfaces, QoS, components, system and the routing metrics. */
    static final String GNMI_PATHS = "/interfaces,/qos,/components,/system,/network-instances";

    /** Also streamed ON_CHANGE, so that a link going down reaches the twin at once rather than at the next sample. */
    static final String ON_CHANGE_PATHS = "/interfaces/interface/state/oper-status";

    private static final List<String> KINDS = List.of("gnmi", "prometheus", "mqtt");

    private final Map<String, ReconfigurableCollector> byKind = new LinkedHashMap<>();
    private final Map<String, Map<String, Target>> current = new HashMap<>();
    private final MeasurementSink sink;
    private final Duration interval;

    private CollectionRig(MeasurementSink sink, Duration interval) {
        this.sink = requireNonNull(sink, "sink");
        this.interval = requireNonNull(interval, "interval");
    }

    /** Starts collecting everything in {@code directory} into {@code sink}. */
    public static CollectionRig start(TargetDirectory directory, MeasurementSink sink, Duration interval) {
        CollectionRig rig = new CollectionRig(sink, interval);
        try {
            rig.apply(directory);
        } catch (RuntimeException e) {
            rig.close();
            throw e;
        }
        return rig;
    }

    /**
     * Moves collection to {@code directory}: per kind, removes targets no longer listed and adds new or changed ones
     * (a collector is started when its kind first appears). Returns {added, removed}.
     */
    public synchronized int[] apply(TargetDirectory directory) {
        int added = 0;
        int removed = 0;
        for (String kind : KINDS) {
            Map<String, Target> wanted = targets(directory, kind);
            Map<String, Target> had = current.getOrDefault(kind, Map.of());
            if (wanted.isEmpty() && !byKind.containsKey(kind)) {
                continue;
            }
            ReconfigurableCollector c = byKind.get(kind);
            boolean fresh = c == null;
            if (fresh) {
                c = reconfigurable(kind, collectorSettings(directory, kind));
            }
            for (String name : had.keySet()) {
                if (!wanted.containsKey(name)) {
                    c.remove(name);
                    removed++;
                }
            }
            for (Map.Entry<String, Target> t : wanted.entrySet()) {
                if (!t.getValue().equals(had.get(t.getKey()))) {
                    c.add(t.getValue());
                    added++;
                }
            }
            if (fresh) {
                byKind.put(kind, c);
                c.start(sink);
            }
            current.put(kind, wanted);
        }
        return new int[] {added, removed};
    }

    private Map<String, Target> targets(TargetDirectory directory, String kind) {
        Map<String, Target> out = new LinkedHashMap<>();
        for (DeviceEndpoint d : directory.ofKind(kind)) {
            Map<String, String> settings;
            if ("gnmi".equals(kind)) {
                settings = Map.of("address", d.address(), "username", d.credentials().username(),
                        "password", d.credentials().secret(), "mode", "sample", "paths", GNMI_PATHS,
                        "interval", String.valueOf(interval.toMillis()), "on-change-paths", ON_CHANGE_PATHS);
            } else if ("prometheus".equals(kind)) {
                settings = Map.of("url", d.address(), "token", d.credentials().secret(),
                        "interval", String.valueOf(interval.toMillis()));
            } else {
                settings = Map.of();
            }
            out.put(d.device(), new Target(d.device(), settings));
        }
        return out;
    }

    private static Map<String, String> collectorSettings(TargetDirectory directory, String kind) {
        Map<String, String> settings = new HashMap<>();
        settings.put("tls", "on");
        settings.put("tls.ca", directory.caPem());
        if ("mqtt".equals(kind)) {
            settings.put("broker", directory.brokerUri().orElseThrow(
                    () -> new IllegalArgumentException("the target directory lists MQTT devices but no broker")));
            directory.brokerCredentials().ifPresent(c -> {
                settings.put("username", c.username());
                settings.put("password", c.secret());
            });
            settings.put("client-id", "nettwin-collector-" + ProcessHandle.current().pid());
        }
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

    /** The running collectors. */
    public synchronized List<Collector> collectors() {
        return List.copyOf(byKind.values());
    }

    /** The current targets by collector kind. */
    public synchronized Map<String, java.util.Set<String>> targets() {
        Map<String, java.util.Set<String>> out = new LinkedHashMap<>();
        byKind.forEach((kind, c) -> out.put(kind, c.targets()));
        return out;
    }

    /** Every source's health, all collectors together. */
    public List<SourceReport> health() {
        List<SourceReport> out = new ArrayList<>();
        collectors().forEach(c -> out.addAll(c.health().reports()));
        return out;
    }

    /** Refused peers of all collectors, by collector and reason. */
    public Map<String, Long> refused() {
        Map<String, Long> out = new HashMap<>();
        collectors().forEach(c -> c.health().refused().forEach((reason, n) ->
                out.merge(c.health().collector() + ":" + reason, n, Long::sum)));
        return out;
    }

    @Override
    public void close() {
        for (Collector c : collectors()) {
            c.close();
        }
    }
}
