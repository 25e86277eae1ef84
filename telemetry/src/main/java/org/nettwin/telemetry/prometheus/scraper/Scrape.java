package org.nettwin.telemetry.prometheus.scraper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLException;
import org.nettwin.model.format.FormatException;
import org.nettwin.telemetry.health.CollectorHealth;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.prometheus.PrometheusTextDecoder;

/**
 * The scrapes of one target: at most one in flight (a tick that finds one running is skipped). Each scrape either
 * delivers all its samples plus {@code up 1} and {@code scrape_duration_seconds}, or none of them plus {@code up 0}
 * and a count in the health: a malformed body is {@code rejected(source, "malformed")}; 401/403 are
 * {@code refused("unauthorized")}; an untrusted certificate {@code refused("untrusted-certificate")}; those and any
 * other status or transport failure are errors. Error messages hold no secret.
 */
final class Scrape {

    private static final int TRACE_LIMIT = 200;

    private final ScrapeTarget target;
    private final HttpClient client;
    private final CollectorHealth health;
    private final Delivery delivery;
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private volatile CompletableFuture<?> pending = CompletableFuture.completedFuture(null);
    private volatile boolean stopped;

    /** Hands one scrape's measurements to the sink at once (serialised across targets). */
    @FunctionalInterface
    interface Delivery {
        void deliver(List<Measurement> batch);
    }

    Scrape(ScrapeTarget target, HttpClient client, CollectorHealth health, Delivery delivery) {
        this.target = target;
        this.client = client;
        this.health = health;
        this.delivery = delivery;
    }

    ScrapeTarget target() {
        return target;
    }

    /** Starts a scrape unless one is in flight or the target was stopped; returns at once. */
    void tick() {
        if (stopped || !inFlight.compareAndSet(false, true)) {
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(target.url()).timeout(target.timeout())
                .header("Accept", "text/plain;version=0.0.4;q=1,*/*;q=0.1").header("Accept-Encoding", "gzip")
                .header("X-Prometheus-Scrape-Timeout-Seconds", Double.toString(target.timeout().toMillis() / 1000.0))
                .GET();
        target.authorization().ifPresent(value -> request.header("Authorization", value));
        long start = System.nanoTime();
        try {
            pending = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                    .whenComplete((response, failure) -> finish(response, failure, start));
        } catch (RuntimeException e) {
            finish(null, e, start);
        }
    }

    /** Stops scraping: no tick starts a scrape, and a scrape in flight delivers nothing. */
    void stop() {
        stopped = true;
        pending.cancel(true);
    }

    private void finish(HttpResponse<byte[]> response, Throwable failure, long start) {
        try {
            if (stopped) {
                return;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Optional<List<Measurement>> batch = failure != null ? failed(failure) : answered(response);
            boolean up = batch.isPresent();
            List<Measurement> out = batch.orElseGet(() -> new ArrayList<>(2));
            out.add(meta("up", up ? 1 : 0));
            out.add(meta("scrape_duration_seconds", seconds));
            health.connected(target.name(), up);
            delivery.deliver(out);
            health.delivered(target.name(), out.size());
        } catch (RuntimeException e) {
            health.error(target.name(), "scrape not delivered: " + e.getClass().getSimpleName());
        } finally {
            inFlight.set(false);
        }
    }

    /** The decoded samples of a 200 answer, or empty after counting why the scrape failed. */
    private Optional<List<Measurement>> answered(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            health.refused("unauthorized");
            health.error(target.name(), "HTTP " + status + ": credentials refused");
            return Optional.empty();
        }
        if (status != 200) {
            health.error(target.name(), "HTTP " + status);
            return Optional.empty();
        }
        List<Measurement> samples = new ArrayList<>();
        try (InputStream body = body(response)) {
            new PrometheusTextDecoder(target.name()).decode(target.url().toString(), body, samples::add);
            return Optional.of(samples);
        } catch (FormatException e) {
            health.rejected(target.name(), "malformed");
            health.error(target.name(), shorten(e.getMessage()));
            return Optional.empty();
        } catch (IOException e) {
            health.rejected(target.name(), "malformed");
            health.error(target.name(), "cannot read the body: " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static InputStream body(HttpResponse<byte[]> response) throws IOException {
        InputStream raw = new ByteArrayInputStream(response.body());
        boolean gzip = response.headers().firstValue("Content-Encoding").map("gzip"::equalsIgnoreCase).orElse(false);
        return gzip ? new GZIPInputStream(raw) : raw;
    }

    /** Counts a transport failure; always empty (no samples). */
    private Optional<List<Measurement>> failed(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof SSLException) && !(cause instanceof HttpTimeoutException)
                && !(cause instanceof ConnectException)) {
            cause = cause.getCause();
        }
        if (cause instanceof SSLException && untrusted(cause)) {
            health.refused("untrusted-certificate");
            health.error(target.name(), "TLS handshake failed: the peer's certificate is not trusted");
        } else if (cause instanceof SSLException) {
            health.error(target.name(), "TLS failed: " + shorten(String.valueOf(cause.getMessage())));
        } else if (cause instanceof HttpTimeoutException) {
            health.error(target.name(), "timed out after " + target.timeout());
        } else if (cause instanceof ConnectException) {
            health.error(target.name(), "connection refused by " + target.url().getHost() + ":"
                    + target.url().getPort());
        } else {
            health.error(target.name(), "scrape failed: " + cause.getClass().getSimpleName());
        }
        return Optional.empty();
    }

    /** Whether a TLS failure comes from certificate validation (PKIX path, expiry, host name). */
    private static boolean untrusted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String type = t.getClass().getName();
            if (type.startsWith("java.security.cert.") || type.startsWith("sun.security.validator.")) {
                return true;
            }
        }
        return false;
    }

    private Measurement meta(String name, double value) {
        return new Measurement(target.name(), name, Map.of(), OptionalLong.empty(), new MeasuredValue.Numeric(value));
    }

    private static String shorten(String message) {
        return message.length() <= TRACE_LIMIT ? message : message.substring(0, TRACE_LIMIT) + "...";
    }
}
