package org.nettwin.telemetry.prometheus.scraper;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.nettwin.telemetry.security.CertificateAuthority;
import org.nettwin.telemetry.security.Identity;

/** A real HTTPS exposition peer on 127.0.0.1: serves {@link #body} at /metrics to the bearer of {@code token}. */
final class ExpositionServer implements AutoCloseable {

    final AtomicReference<String> body = new AtomicReference<>("");
    final AtomicInteger status = new AtomicInteger(200);
    final java.util.concurrent.atomic.AtomicLong delayMillis = new java.util.concurrent.atomic.AtomicLong();
    private final String token;
    private final HttpsServer server;

    ExpositionServer(CertificateAuthority ca, String token) throws IOException {
        this.token = token;
        Identity identity = ca.issueForLoopback("exporter");
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(identity.sslContext(ca.trustManagers())));
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "exposition-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/metrics", this::handle);
        server.start();
    }

    String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/metrics";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            Thread.sleep(delayMillis.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        int code = ("Bearer " + token).equals(auth) ? status.get() : 401;
        byte[] bytes = code == 200 ? body.get().getBytes(StandardCharsets.UTF_8) : new byte[0];
        exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        exchange.sendResponseHeaders(code, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
