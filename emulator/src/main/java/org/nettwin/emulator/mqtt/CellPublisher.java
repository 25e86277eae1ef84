package org.nettwin.emulator.mqtt;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.nettwin.emulator.device.DeviceRole;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.telemetry.security.Credentials;

/**
 * Publishes the KPIs of emulated cells to an MQTT broker, as real cells do: each {@link DeviceRole#CELL} device holds
 * its own client session with its own credentials, and every interval publishes one JSON message on
 * {@code nettwin/cells/<gnb>/<cell>/kpi} (see the package documentation), obeying the device's wire flaws. An
 * unreachable cell disconnects and stays silent until it is reachable again, then reconnects. All cells share one
 * scheduler thread (each Paho client still runs its own network threads).
 */
public final class CellPublisher implements AutoCloseable {

    private final List<CellSession> sessions;
    private final ScheduledExecutorService scheduler;
    private boolean closed;

    private CellPublisher(List<CellSession> sessions, ScheduledExecutorService scheduler) {
        this.sessions = sessions;
        this.scheduler = scheduler;
    }

    /**
     * Starts publishing for the cells among {@code devices} (devices of other roles are ignored) to {@code broker}
     * ({@code ssl://host:port}, or {@code tcp://} when TLS is off).
     *
     * @throws IllegalArgumentException naming the cell without credentials, or a bad broker address
     */
    public static CellPublisher start(List<? extends EmulatedDevice> devices, URI broker,
                                      CellPublisherSettings settings) {
        requireNonNull(broker, "broker");
        requireNonNull(settings, "settings");
        String scheme = settings.tls().enabled() ? "ssl" : "tcp";
        if (!scheme.equals(broker.getScheme())) {
            throw new IllegalArgumentException("cell publisher: broker " + broker + " must be " + scheme
                    + "://host:port since TLS is " + (settings.tls().enabled() ? "on" : "off"));
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nettwin-cell-publisher");
            t.setDaemon(true);
            return t;
        });
        List<CellSession> sessions = new ArrayList<>();
        try {
            for (EmulatedDevice device : devices) {
                if (device.role() == DeviceRole.CELL) {
                    MqttConnectOptions options = options(settings, settings.credentialsOf(device.id()));
                    sessions.add(new CellSession(device, broker.toString(), options, settings.qos(), scheduler));
                }
            }
        } catch (MqttException | RuntimeException e) {
            sessions.forEach(CellSession::close);
            scheduler.shutdownNow();
            throw e instanceof IllegalArgumentException iae ? iae
                    : new IllegalArgumentException("cell publisher: cannot create a client for " + broker + ": "
                    + e.getMessage(), e);
        }
        CellPublisher publisher = new CellPublisher(List.copyOf(sessions), scheduler);
        long period = settings.interval().toNanos();
        scheduler.scheduleAtFixedRate(publisher::tick, 0, period, TimeUnit.NANOSECONDS);
        return publisher;
    }

    /** Messages handed to the clients so far (a duplicate counts twice, a dropped one not at all). */
    public long published() {
        return sessions.stream().mapToLong(CellSession::published).sum();
    }

    /** Failed connection attempts and publications so far. */
    public long failures() {
        return sessions.stream().mapToLong(CellSession::failed).sum();
    }

    /** How many cells are connected now. */
    public int connectedCells() {
        return (int) sessions.stream().filter(CellSession::connected).count();
    }

    /** The number of cells publishing. */
    public int cells() {
        return sessions.size();
    }

    /** Stops publishing, disconnects every cell and stops the scheduler; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sessions.forEach(CellSession::close);
    }

    private void tick() {
        for (CellSession session : sessions) {
            try {
                session.tick();
            } catch (RuntimeException e) {
                // One misbehaving device must not stop the others' publishing (the periodic task would end).
                continue;
            }
        }
    }

    private static MqttConnectOptions options(CellPublisherSettings settings, Credentials credentials) {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        o.setCleanSession(true);
        o.setAutomaticReconnect(false);
        o.setKeepAliveInterval(30);
        o.setConnectionTimeout(10);
        o.setMaxInflight(1_000);
        o.setUserName(credentials.username());
        o.setPassword(credentials.secret().toCharArray());
        if (settings.tls().enabled()) {
            o.setSocketFactory(settings.tls().sslContext().getSocketFactory());
        }
        return o;
    }
}
