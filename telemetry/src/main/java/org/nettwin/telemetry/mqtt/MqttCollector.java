package org.nettwin.telemetry.mqtt;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.MqttSecurityException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.nettwin.telemetry.health.CollectorHealth;
import org.nettwin.telemetry.spi.MeasurementSink;
import org.nettwin.telemetry.spi.ReconfigurableCollector;
import org.nettwin.telemetry.spi.Target;

/**
 * Subscribes to device KPI messages on an MQTT broker (Paho, MQTT 3.1.1, TLS by default) and turns each accepted
 * message into measurements (see {@link MessageGate} for what is accepted). Its targets are the devices it accepts;
 * they may change while it runs. It keeps connecting until the broker accepts it, then relies on Paho's automatic
 * reconnect and subscribes again after every reconnect. The broker session's state and transport errors are
 * reported in {@link #health()} under the broker's address, and mirrored as {@code connected} on every target.
 */
public final class MqttCollector implements ReconfigurableCollector {

    private static final long FIRST_RETRY_MILLIS = 250;

    private final MqttSettings settings;
    private final CollectorHealth health = new CollectorHealth("mqtt", Clock.systemUTC());
    private final Map<String, Target> targets = new ConcurrentHashMap<>();
    private final MessageGate gate;
    private final String brokerName;
    private ScheduledExecutorService connector;
    private MqttAsyncClient client;
    private volatile MeasurementSink sink;
    private volatile boolean up;
    private boolean closed;
    private long retryMillis = FIRST_RETRY_MILLIS;

    MqttCollector(MqttSettings settings) {
        this.settings = requireNonNull(settings, "settings");
        this.brokerName = settings.broker().toString();
        settings.sources().names().forEach(name -> add(new Target(name, Map.of())));
        this.gate = new MessageGate(health, new MqttTopics(settings.topics()), targets, settings.sources().all());
    }

    @Override
    public synchronized void start(MeasurementSink measurementSink) {
        requireNonNull(measurementSink, "sink");
        if (closed || sink != null) {
            throw new IllegalStateException("mqtt collector for " + brokerName + " is already started or closed");
        }
        sink = measurementSink;
        try {
            client = new MqttAsyncClient(brokerName, settings.clientId(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalArgumentException("mqtt: cannot create a client for " + brokerName + ": "
                    + e.getMessage(), e);
        }
        client.setCallback(new Events());
        connector = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nettwin-mqtt-collector");
            t.setDaemon(true);
            return t;
        });
        health.connected(brokerName, false);
        connector.execute(this::connect);
    }

    @Override
    public CollectorHealth health() {
        return health;
    }

    /** Whether the broker session is up now. */
    public boolean connected() {
        return up;
    }

    /** The broker's address, the name its session's health is reported under. */
    public String broker() {
        return brokerName;
    }

    @Override
    public void add(Target target) {
        requireNonNull(target, "target");
        for (String key : target.settings().keySet()) {
            if (!"topic".equals(key)) {
                throw new IllegalArgumentException("mqtt target " + target.name() + ": unknown setting '" + key
                        + "' (only 'topic' is known)");
            }
        }
        targets.put(target.name(), target);
        health.connected(target.name(), up);
    }

    @Override
    public void remove(String name) {
        if (targets.remove(name) != null) {
            health.forget(name);
        }
    }

    @Override
    public Set<String> targets() {
        return new TreeSet<>(targets.keySet());
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (connector != null) {
            connector.shutdownNow();
        }
        if (client != null) {
            try {
                if (client.isConnected()) {
                    client.disconnect(0).waitForCompletion(2_000);
                }
            } catch (MqttException e) {
                health.error(brokerName, "disconnect failed: " + e.getMessage());
            }
            try {
                client.close(true);
            } catch (MqttException e) {
                health.error(brokerName, "close failed: " + e.getMessage());
            }
        }
        state(false);
    }

    private synchronized void connect() {
        if (closed) {
            return;
        }
        try {
            client.connect(options(), null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    retryMillis = FIRST_RETRY_MILLIS;
                }

                @Override
                public void onFailure(IMqttToken token, Throwable error) {
                    health.error(brokerName, describe(error));
                    retry();
                }
            });
        } catch (MqttException e) {
            health.error(brokerName, describe(e));
            retry();
        }
    }

    private synchronized void retry() {
        if (closed) {
            return;
        }
        long delay = retryMillis;
        retryMillis = Math.min(retryMillis * 2, settings.maxReconnectDelay().toMillis());
        connector.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    private void subscribe() {
        String[] filters = settings.topics().toArray(String[]::new);
        int[] qos = new int[filters.length];
        java.util.Arrays.fill(qos, settings.qos());
        try {
            client.subscribe(filters, qos, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    int[] granted = token.getGrantedQos();
                    for (int i = 0; i < granted.length && i < filters.length; i++) {
                        if (granted[i] == 0x80) {
                            health.error(brokerName, "broker refused the subscription to " + filters[i]);
                        }
                    }
                }

                @Override
                public void onFailure(IMqttToken token, Throwable error) {
                    health.error(brokerName, "subscribe failed: " + describe(error));
                }
            });
        } catch (MqttException e) {
            health.error(brokerName, "subscribe failed: " + describe(e));
        }
    }

    private void state(boolean nowUp) {
        up = nowUp;
        health.connected(brokerName, nowUp);
        targets.keySet().forEach(t -> health.connected(t, nowUp));
    }

    private MqttConnectOptions options() {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        o.setCleanSession(true);
        o.setAutomaticReconnect(true);
        o.setMaxReconnectDelay((int) settings.maxReconnectDelay().toMillis());
        o.setKeepAliveInterval(30);
        o.setConnectionTimeout(10);
        settings.credentials().ifPresent(c -> {
            o.setUserName(c.username());
            o.setPassword(c.secret().toCharArray());
        });
        if (settings.tls().enabled()) {
            o.setSocketFactory(settings.tls().sslContext().getSocketFactory());
        }
        return o;
    }

    /** A one-line cause without secrets (Paho's messages hold codes and addresses, never credentials). */
    private static String describe(Throwable error) {
        if (error instanceof MqttSecurityException s) {
            return "broker refused the credentials (MQTT code " + s.getReasonCode() + ")";
        }
        Throwable cause = error.getCause();
        return error.getMessage() + (cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")");
    }

    /** Paho's callbacks: session up (first or after a reconnect), lost, and each message. */
    private final class Events implements MqttCallbackExtended {
        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            state(true);
            subscribe();
        }

        @Override
        public void connectionLost(Throwable cause) {
            state(false);
            health.error(brokerName, "connection lost: " + (cause == null ? "closed" : describe(cause)));
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            try {
                gate.handle(topic, message.getPayload(), sink);
            } catch (RuntimeException e) {
                // An exception here would make Paho drop the session; count it and go on.
                health.error(brokerName, "delivering a message from " + topic + " failed: "
                        + e.getClass().getSimpleName());
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // the collector publishes nothing
        }
    }
}
