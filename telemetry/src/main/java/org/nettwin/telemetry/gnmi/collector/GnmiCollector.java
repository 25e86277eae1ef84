package org.nettwin.telemetry.gnmi.collector;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nettwin.telemetry.health.CollectorHealth;
import org.nettwin.telemetry.spi.MeasurementSink;
import org.nettwin.telemetry.spi.ReconfigurableCollector;
import org.nettwin.telemetry.spi.Target;

/**
 * Collects gNMI telemetry over gRPC from any number of targets, one Subscribe call per target (settings in
 * {@link GnmiCollectorFactory}). Each notification becomes measurements whose source is the target's name and whose
 * names are those {@code GnmiJsonDecoder} gives the same data; invalid notifications are counted in
 * {@link #health()} by reason and never end a stream; lost calls are retried with backoff. Targets can be added
 * and removed while it runs. All targets share a few threads.
 */
public final class GnmiCollector implements ReconfigurableCollector {

    private final Map<String, String> defaults;
    private final CollectorHealth health;
    private final Map<String, TargetSettings> configured = new LinkedHashMap<>();
    private final Map<String, TargetSession> sessions = new LinkedHashMap<>();
    private Transport transport;
    private MeasurementSink sink;
    private boolean closed;

    /**
     * A collector of {@code targets}, each target's settings overlaid on {@code defaults}.
     *
     * @throws IllegalArgumentException naming the target and setting that is missing or bad
     */
    public GnmiCollector(Map<String, String> defaults, List<Target> targets, Clock clock) {
        this.defaults = Map.copyOf(defaults);
        this.health = new CollectorHealth("gnmi", clock);
        for (Target target : targets) {
            configured.put(target.name(), TargetSettings.of(target, this.defaults));
        }
    }

    @Override
    public synchronized void start(MeasurementSink measurementSink) {
        requireNonNull(measurementSink, "sink");
        if (closed) {
            throw new IllegalStateException("gnmi collector is closed");
        }
        if (sink != null) {
            throw new IllegalStateException("gnmi collector already started");
        }
        sink = measurementSink;
        transport = new Transport();
        configured.values().forEach(this::open);
    }

    private void open(TargetSettings settings) {
        TargetSession session = new TargetSession(settings, transport, health, sink);
        sessions.put(settings.name(), session);
        session.start();
    }

    @Override
    public CollectorHealth health() {
        return health;
    }

    /** @throws IllegalArgumentException naming the target and setting that is missing or bad */
    @Override
    public void add(Target target) {
        TargetSettings settings = TargetSettings.of(target, defaults);
        TargetSession old;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("gnmi collector is closed");
            }
            configured.put(target.name(), settings);
            old = sessions.remove(target.name());
            if (old != null) {
                old.close();
            }
            if (sink != null) {
                open(settings);
            }
        }
    }

    @Override
    public void remove(String name) {
        TargetSession session;
        synchronized (this) {
            configured.remove(name);
            session = sessions.remove(name);
        }
        if (session != null) {
            session.close();
        }
        health.forget(name);
    }

    @Override
    public synchronized Set<String> targets() {
        return new TreeSet<>(configured.keySet());
    }

    @Override
    public void close() {
        List<TargetSession> open;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            open = List.copyOf(sessions.values());
            sessions.clear();
        }
        open.forEach(TargetSession::close);
        if (transport != null) {
            transport.close();
        }
    }
}
