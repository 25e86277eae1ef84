package org.nettwin.emulator.mqtt;

import static java.util.Objects.requireNonNull;

import io.moquette.broker.ClientDescriptor;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;

/**
 * The emulator's embedded MQTT broker (Moquette): one TLS listener on 127.0.0.1 and nothing else (no plaintext or
 * WebSocket port, no persistence files, Moquette's usage telemetry off). Clients log in with per-user credentials;
 * a device may publish only under its own topic subtree and a collector may subscribe under {@code nettwin/}.
 * Refused connections, publications and subscriptions are counted by reason ({@link #refused()}).
 *
 * <p>Moquette refuses a client without a user name or password before any authenticator runs and tells nobody, so
 * the broker's TLS engine reads the flags of each connection's first packet to count those refusals.
 */
public final class MqttBroker implements AutoCloseable {

    private final Server server;
    private final BrokerGate gate;
    private final BrokerEvents events;
    private final URI uri;
    private boolean closed;

    private MqttBroker(Server server, BrokerGate gate, BrokerEvents events, URI uri) {
        this.server = server;
        this.gate = gate;
        this.events = events;
        this.uri = uri;
    }

    /**
     * Starts a broker with {@code settings}.
     *
     * @throws IllegalStateException when the listener cannot be bound or TLS cannot be set up
     */
    public static MqttBroker start(MqttBrokerSettings settings) {
        requireNonNull(settings, "settings");
        SslContext tls = serverTls(settings);
        Server server = new Server();
        BrokerGate gate = new BrokerGate(settings.accountsByUser());
        BrokerEvents events = new BrokerEvents(gate);
        try {
            server.startServer(new MemoryConfig(properties(settings.port())), List.of(events),
                    () -> new WatchedServerTls(tls, gate::refuse), gate, gate);
        } catch (IOException | RuntimeException e) {
            server.stopServer();
            throw new IllegalStateException("MQTT broker cannot start on 127.0.0.1:" + settings.port() + ": "
                    + e.getMessage(), e);
        }
        return new MqttBroker(server, gate, events, URI.create("ssl://127.0.0.1:" + boundPort(server)));
    }

    /**
     * Moquette learns the bound port from a listener that may run after startServer returns (0 until then); reading it
     * meanwhile can even throw ConcurrentModificationException (its port map is filled by the binding thread).
     */
    private static int boundPort(Server server) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int port = sslPort(server);
        while (port == 0 && System.nanoTime() < deadline) {
            try {
                TimeUnit.MILLISECONDS.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            port = sslPort(server);
        }
        if (port == 0) {
            server.stopServer();
            throw new IllegalStateException("MQTT broker did not report its TLS port on 127.0.0.1");
        }
        return port;
    }

    private static int sslPort(Server server) {
        try {
            return server.getSslPort();
        } catch (java.util.ConcurrentModificationException e) {
            return 0;
        }
    }

    /** Where clients connect: {@code ssl://127.0.0.1:<port>}. */
    public URI uri() {
        return uri;
    }

    /** The TLS port. */
    public int port() {
        return uri.getPort();
    }

    /**
     * Refusals by reason: {@code unknown-user}, {@code bad-password}, {@code missing-password}, {@code anonymous},
     * {@code client-id-mismatch}, {@code publish-denied}, {@code subscribe-denied}.
     */
    public Map<String, Long> refused() {
        return gate.refused();
    }

    /** Publications the broker accepted and routed, in total. */
    public long published() {
        return events.published();
    }

    /** Publications the broker accepted on {@code topic}. */
    public long published(String topic) {
        return events.published(topic);
    }

    /** The client ids connected now. */
    public Set<String> connectedClients() {
        Set<String> out = new TreeSet<>();
        for (ClientDescriptor c : server.listConnectedClients()) {
            out.add(c.getClientID());
        }
        return out;
    }

    /** Stops the broker and its threads; safe to call twice. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.stopServer();
        }
    }

    private static Properties properties(int port) {
        Properties p = new Properties();
        p.setProperty("host", "127.0.0.1");
        p.setProperty("port", "disabled");
        p.setProperty("websocket_port", "disabled");
        p.setProperty("ssl_port", Integer.toString(port));
        p.setProperty("allow_anonymous", "false");
        p.setProperty("persistence_enabled", "false");
        p.setProperty("telemetry_enabled", "false");
        p.setProperty("netty.mqtt.message_size", Integer.toString(64 * 1024));
        return p;
    }

    private static SslContext serverTls(MqttBrokerSettings settings) {
        try {
            return SslContextBuilder.forServer(settings.identity().keyManagers()).build();
        } catch (SSLException e) {
            throw new IllegalStateException("MQTT broker: cannot set up TLS with identity "
                    + settings.identity().name() + ": " + e.getMessage(), e);
        }
    }
}
