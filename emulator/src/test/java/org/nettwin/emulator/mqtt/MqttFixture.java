package org.nettwin.emulator.mqtt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.nettwin.telemetry.security.CertificateAuthority;
import org.nettwin.telemetry.security.Credentials;
import org.nettwin.telemetry.security.TlsOptions;

/** A certificate authority, a broker with device and collector accounts, and plain Paho clients for the tests. */
final class MqttFixture implements AutoCloseable {

    static final Credentials COLLECTOR = new Credentials("collector", "collector-secret");

    final CertificateAuthority ca = CertificateAuthority.create("mqtt-test-ca");
    final TlsOptions tls = new TlsOptions(true, List.of(ca.certificate()), java.util.Optional.empty());
    MqttBroker broker;
    private final MqttBrokerSettings settings;
    private final List<MqttClient> clients = new ArrayList<>();
    private final List<AutoCloseable> closing = new ArrayList<>();

    MqttFixture(List<String> devices) {
        List<MqttAccount> accounts = new ArrayList<>();
        accounts.add(MqttAccount.collector(COLLECTOR));
        devices.forEach(d -> accounts.add(MqttAccount.device(credentials(d), d)));
        settings = MqttBrokerSettings.of(ca.issueForLoopback("broker"), accounts);
        broker = MqttBroker.start(settings);
    }

    /** Stops the broker and starts a new one on the same port (its clients are cut off meanwhile). */
    void restartBroker() {
        int port = broker.port();
        broker.close();
        broker = MqttBroker.start(settings.withPort(port));
    }

    static Credentials credentials(String device) {
        return new Credentials(device, "secret-of-" + device);
    }

    static Map<String, Credentials> credentialsOf(List<String> devices) {
        Map<String, Credentials> out = new java.util.HashMap<>();
        devices.forEach(d -> out.put(d, credentials(d)));
        return out;
    }

    MqttConnectOptions options(String user, String password) {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        o.setCleanSession(true);
        o.setConnectionTimeout(15);
        if (user != null) {
            o.setUserName(user);
        }
        if (password != null) {
            o.setPassword(password.toCharArray());
        }
        o.setSocketFactory(tls.sslContext().getSocketFactory());
        return o;
    }

    MqttClient client(String clientId) throws MqttException {
        MqttClient c = new MqttClient(broker.uri().toString(), clientId, new MemoryPersistence());
        c.setTimeToWait(15_000);
        clients.add(c);
        return c;
    }

    /** A collector-account client subscribed to {@code filter}, queueing "topic payload" lines. */
    LinkedBlockingQueue<String> subscribe(String filter) throws MqttException {
        LinkedBlockingQueue<String> got = new LinkedBlockingQueue<>();
        MqttClient c = client("test-subscriber-" + clients.size());
        c.connect(options(COLLECTOR.username(), COLLECTOR.secret()));
        c.subscribe(filter, 1, (topic, message) -> got.add(topic + " " + new String(message.getPayload(),
                java.nio.charset.StandardCharsets.UTF_8)));
        return got;
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    /** Closes {@code resource} with the fixture, before the broker. */
    <T extends AutoCloseable> T closing(T resource) {
        closing.add(resource);
        return resource;
    }

    @Override
    public void close() {
        for (AutoCloseable c : closing) {
            try {
                c.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing " + c + " failed", e);
            }
        }
        for (MqttClient c : clients) {
            try {
                if (c.isConnected()) {
                    c.disconnect(1_000);
                }
                c.close(true);
            } catch (MqttException e) {
                // closing test clients: nothing to do
            }
        }
        broker.close();
    }
}
