package org.nettwin.emulator.prometheus;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.nettwin.emulator.device.DeviceRole;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.telemetry.security.Identity;

/**
 * The Prometheus endpoints of a set of emulated servers: one HTTPS server per {@link DeviceRole#SERVER} device on
 * 127.0.0.1 (an ephemeral port each; devices of other roles are not served), all sharing one small thread pool.
 * Each serves its device's leaves at {@code /metrics} (GET or HEAD) to a scraper presenting the device's bearer token;
 * see {@link ScrapeHandler} for status codes and wire flaws.
 */
public final class PrometheusEndpoint implements AutoCloseable {

    private final ScheduledThreadPoolExecutor executor;
    private final Map<String, HttpServer> servers = new LinkedHashMap<>();
    private final Map<String, ScrapeHandler> handlers = new LinkedHashMap<>();
    private final Map<String, URI> addresses = new TreeMap<>();

    private PrometheusEndpoint(int threads) {
        AtomicInteger count = new AtomicInteger();
        executor = new ScheduledThreadPoolExecutor(threads, task -> {
            Thread thread = new Thread(task, "prometheus-endpoint-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
    }

    /**
     * Starts an endpoint for every server among {@code devices}.
     *
     * @throws IllegalArgumentException when TLS is on and a device has no identity to present
     * @throws UncheckedIOException when a server cannot bind
     */
    public static PrometheusEndpoint start(List<EmulatedDevice> devices, PrometheusEndpointSettings settings) {
        requireNonNull(settings, "settings");
        PrometheusEndpoint endpoint = new PrometheusEndpoint(settings.threads());
        try {
            for (EmulatedDevice device : devices) {
                if (device.role() == DeviceRole.SERVER) {
                    endpoint.serve(device, settings);
                }
            }
            return endpoint;
        } catch (RuntimeException e) {
            endpoint.close();
            throw e;
        }
    }

    private void serve(EmulatedDevice device, PrometheusEndpointSettings settings) {
        String id = device.id();
        if (servers.containsKey(id)) {
            throw new IllegalArgumentException("prometheus endpoint: device " + id + " is listed twice");
        }
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        HttpServer server;
        try {
            if (settings.tls().enabled()) {
                Identity identity = settings.identityOf(id).orElseThrow(() -> new IllegalArgumentException(
                        "prometheus endpoint: device " + id + " has no TLS identity (settings tls.cert or identities)"));
                HttpsServer https = HttpsServer.create(loopback, 0);
                https.setHttpsConfigurator(new HttpsConfigurator(identity.sslContext(settings.tls().trustManagers())));
                server = https;
            } else {
                server = HttpServer.create(loopback, 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("prometheus endpoint: cannot listen for device " + id, e);
        }
        ScrapeHandler handler = new ScrapeHandler(device, settings.tokens().get(id), executor);
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
        servers.put(id, server);
        handlers.put(id, handler);
        String scheme = settings.tls().enabled() ? "https" : "http";
        addresses.put(id, URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/metrics"));
    }

    /** The scrape URL of each served device, by device id. */
    public Map<String, URI> addresses() {
        return Map.copyOf(addresses);
    }

    /** How many scrapes of device {@code id} were refused for a missing or wrong token (0 for unknown devices). */
    public long unauthorized(String id) {
        ScrapeHandler handler = handlers.get(id);
        return handler == null ? 0 : handler.unauthorized();
    }

    /** Stops every server and the shared threads; safe to call twice. */
    @Override
    public void close() {
        servers.values().forEach(server -> server.stop(0));
        executor.shutdownNow();
    }
}
