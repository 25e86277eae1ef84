package org.nettwin.telemetry.prometheus.scraper;

import static java.util.Objects.requireNonNull;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.nettwin.telemetry.health.CollectorHealth;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.spi.MeasurementSink;
import org.nettwin.telemetry.spi.ReconfigurableCollector;
import org.nettwin.telemetry.spi.Target;

/**
 * Scrapes Prometheus text exposition from its targets, each at its own interval, from one scheduler thread and the
 * JDK's asynchronous HTTP/1.1 client (one client per distinct TLS setting). A target's first scrape is staggered by
 * a random fraction of its interval so that many targets do not fire at once. Each scrape's measurements (source =
 * target name; names, labels and timestamps as the exposition gives them; plus {@code up} and
 * {@code scrape_duration_seconds}) reach the sink together, one scrape at a time. See {@link Scrape} for failures.
 * Target settings are read by {@link ScrapeTarget#of}; the collector's own settings are defaults for every target.
 */
public final class PrometheusScraper implements ReconfigurableCollector {

    private final Map<String, String> defaults;
    private final CollectorHealth health = new CollectorHealth("prometheus", Clock.systemUTC());
    private final ScheduledExecutorService scheduler;
    private final ExecutorService io;
    private final Map<List<String>, HttpClient> clients = new HashMap<>();
    private final Map<String, Scrape> scrapes = new HashMap<>();
    private final Map<String, ScheduledFuture<?>> ticks = new HashMap<>();
    private final Object sinkLock = new Object();
    private MeasurementSink sink;
    private boolean closed;

    /** A scraper whose targets inherit {@code defaults} (e.g. {@code interval}, {@code tls.ca}). */
    public PrometheusScraper(Map<String, String> defaults) {
        this.defaults = Map.copyOf(defaults);
        AtomicInteger count = new AtomicInteger();
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "prometheus-scheduler"));
        io = Executors.newCachedThreadPool(task -> daemon(task, "prometheus-io-" + count.incrementAndGet()));
    }

    @Override
    public synchronized void start(MeasurementSink measurementSink) {
        requireNonNull(measurementSink, "sink");
        if (sink != null || closed) {
            throw new IllegalStateException("prometheus scraper already started or closed");
        }
        sink = measurementSink;
        scrapes.values().forEach(this::schedule);
    }

    /**
     * Adds or replaces {@code target}.
     *
     * @throws IllegalArgumentException naming the target and the bad setting
     */
    @Override
    public synchronized void add(Target target) {
        ScrapeTarget parsed = ScrapeTarget.of(target, defaults);
        if (closed) {
            throw new IllegalStateException("prometheus scraper is closed");
        }
        stop(target.name());
        HttpClient client = clients.computeIfAbsent(parsed.tlsKey(), key -> client(parsed));
        Scrape scrape = new Scrape(parsed, client, health, this::deliver);
        scrapes.put(target.name(), scrape);
        health.connected(target.name(), false);
        if (sink != null) {
            schedule(scrape);
        }
    }

    @Override
    public synchronized void remove(String name) {
        stop(name);
        health.forget(name);
    }

    @Override
    public synchronized Set<String> targets() {
        return new TreeSet<>(scrapes.keySet());
    }

    @Override
    public CollectorHealth health() {
        return health;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List.copyOf(scrapes.keySet()).forEach(this::stop);
        scheduler.shutdownNow();
        io.shutdownNow();
    }

    private void stop(String name) {
        ScheduledFuture<?> tick = ticks.remove(name);
        if (tick != null) {
            tick.cancel(false);
        }
        Scrape scrape = scrapes.remove(name);
        if (scrape != null) {
            scrape.stop();
        }
    }

    private void schedule(Scrape scrape) {
        long period = scrape.target().interval().toNanos();
        long stagger = ThreadLocalRandom.current().nextLong(Math.max(1, period));
        ticks.put(scrape.target().name(), scheduler.scheduleAtFixedRate(scrape::tick, stagger, period,
                TimeUnit.NANOSECONDS));
    }

    private void deliver(List<Measurement> batch) {
        synchronized (sinkLock) {
            batch.forEach(sink::accept);
        }
    }

    private HttpClient client(ScrapeTarget target) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(io)
                .connectTimeout(target.timeout().compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10)
                        : target.timeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (target.tls().enabled()) {
            builder.sslContext(target.tls().sslContext());
        }
        return builder.build();
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
