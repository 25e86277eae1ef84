package org.nettwin.emulator.prometheus;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.nettwin.emulator.device.Delivery;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.telemetry.security.Credentials;

/**
 * Answers the scrapes of one device. In order: an unreachable device answers 503; a missing or wrong bearer token
 * 401 with {@code WWW-Authenticate} (counted); a path other than {@code /metrics} 404; a method other than GET or
 * HEAD 405. Then the device's wire flaws decide, once per scrape: {@code DROP} answers 503 (a failed scrape),
 * {@code LATE} answers the leaves read now after {@code lateBy()}, {@code MALFORMED} corrupts the body so a decoder
 * must reject it, and {@code DUPLICATE} serves normally, since a pulled scrape cannot arrive twice.
 */
final class ScrapeHandler implements HttpHandler {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final EmulatedDevice device;
    private final Credentials token;
    private final ScheduledExecutorService scheduler;
    private final AtomicLong unauthorized = new AtomicLong();

    /** @param token the device's bearer token (its secret), or null when the device accepts no one */
    ScrapeHandler(EmulatedDevice device, Credentials token, ScheduledExecutorService scheduler) {
        this.device = device;
        this.token = token;
        this.scheduler = scheduler;
    }

    long unauthorized() {
        return unauthorized.get();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!device.reachable()) {
                status(exchange, 503, "device unreachable\n");
            } else if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
                unauthorized.incrementAndGet();
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"nettwin\"");
                status(exchange, 401, "unauthorized\n");
            } else if (!"/metrics".equals(exchange.getRequestURI().getPath())) {
                status(exchange, 404, "not found: only /metrics is served\n");
            } else if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                status(exchange, 405, "method not allowed\n");
            } else {
                scrape(exchange);
            }
        } catch (IOException | RuntimeException e) {
            exchange.close(); // the scraper sees a broken response; the endpoint goes on
        }
    }

    private boolean authorized(String header) {
        if (token == null || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return token.matches(token.username(), header.substring(7).strip());
    }

    private void scrape(HttpExchange exchange) throws IOException {
        Delivery delivery = device.flaws().next();
        if (delivery == Delivery.DROP) {
            status(exchange, 503, "scrape failed\n");
            return;
        }
        String text = ExpositionText.render(device.leaves());
        if (delivery == Delivery.MALFORMED) {
            text = corrupt(text);
        }
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (delivery == Delivery.LATE) {
            long nanos = Math.max(0, device.flaws().lateBy().toNanos());
            scheduler.schedule(() -> {
                try {
                    send(exchange, body);
                } catch (IOException | RuntimeException e) {
                    exchange.close();
                }
            }, nanos, TimeUnit.NANOSECONDS);
        } else {
            send(exchange, body);
        }
    }

    private static void send(HttpExchange exchange, byte[] plain) throws IOException {
        byte[] body = plain;
        String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("gzip")) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream(plain.length / 4 + 64);
            try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(plain);
            }
            body = zipped.toByteArray();
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(200, head ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!head) {
                out.write(body);
            }
        }
    }

    private static void status(HttpExchange exchange, int code, String message) throws IOException {
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(code, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * Garbles the last sample line so that no exposition decoder accepts it: its label set is cut open after the
     * brace, or its value replaced by a broken number; the lines before stay intact, as in a truncated transfer.
     */
    static String corrupt(String text) {
        int end = text.endsWith("\n") ? text.length() - 1 : text.length();
        int start = text.lastIndexOf('\n', end - 1) + 1;
        while (start > 0 && text.charAt(start) == '#') {
            end = start - 1;
            start = text.lastIndexOf('\n', end - 1) + 1;
        }
        if (end <= start || text.charAt(start) == '#') {
            return "garbled{\n";
        }
        String line = text.substring(start, end);
        int brace = line.indexOf('{');
        String broken = brace >= 0 ? line.substring(0, brace + 1) + "\n"
                : line.substring(0, Math.max(1, line.indexOf(' '))) + " 1.2.3\n";
        return text.substring(0, start) + broken;
    }
}
