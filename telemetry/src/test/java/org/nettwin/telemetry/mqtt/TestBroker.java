package org.nettwin.telemetry.mqtt;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.PermitAllAuthorizatorPolicy;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.nettwin.telemetry.security.Identity;

/** A real Moquette broker on 127.0.0.1 with one TLS listener and fixed users; it can stop and start on its port. */
final class TestBroker implements AutoCloseable {

    private final Identity identity;
    private final Map<String, String> users;
    private final int port;
    private Server server;

    TestBroker(Identity identity, Map<String, String> users) throws IOException {
        this.identity = identity;
        this.users = Map.copyOf(users);
        // A free port picked up front so that a restart comes back on it (tiny race with other processes).
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        }
        start();
    }

    String uri() {
        return "ssl://127.0.0.1:" + port;
    }

    synchronized void start() throws IOException {
        SslContext tls = SslContextBuilder.forServer(identity.keyManagers()).build();
        Properties p = new Properties();
        p.setProperty("host", "127.0.0.1");
        p.setProperty("port", "disabled");
        p.setProperty("websocket_port", "disabled");
        p.setProperty("ssl_port", Integer.toString(port));
        p.setProperty("allow_anonymous", "false");
        p.setProperty("persistence_enabled", "false");
        p.setProperty("telemetry_enabled", "false");
        IAuthenticator auth = (clientId, user, password) -> user != null && password != null
                && new String(password, StandardCharsets.UTF_8).equals(users.get(user));
        server = new Server();
        server.startServer(new MemoryConfig(p), List.of(), () -> tls, auth, new PermitAllAuthorizatorPolicy());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sslPort() != port && System.nanoTime() < deadline) {
            try {
                TimeUnit.MILLISECONDS.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    // Moquette fills its port map from the binding thread; reading it meanwhile can throw.
    private int sslPort() {
        try {
            return server.getSslPort();
        } catch (java.util.ConcurrentModificationException e) {
            return 0;
        }
    }

    synchronized void stop() {
        if (server != null) {
            server.stopServer();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
