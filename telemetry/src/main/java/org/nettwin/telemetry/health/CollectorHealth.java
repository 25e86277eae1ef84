package org.nettwin.telemetry.health;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The health counters of one collector, per source, plus peers it refused (unknown or unauthenticated sources,
 * counted by reason). Thread-safe; collectors update it from their I/O threads. Error messages are recorded as
 * given, so callers must never pass secrets in them.
 */
public final class CollectorHealth {

    private static final long RATE_WINDOW_NANOS = 60_000_000_000L;

    private final String collector;
    private final Clock clock;
    private final Map<String, SourceCounters> sources = new ConcurrentHashMap<>();
    private final Map<String, Long> refused = new ConcurrentHashMap<>();

    /** Health of the collector named {@code collector} (e.g. {@code gnmi}), timed by {@code clock}. */
    public CollectorHealth(String collector, Clock clock) {
        this.collector = requireNonNull(collector, "collector");
        this.clock = requireNonNull(clock, "clock");
    }

    public String collector() {
        return collector;
    }

    /** {@code count} measurements arrived from {@code source}. */
    public void delivered(String source, int count) {
        counters(source).delivered(count, clock.millis(), System.nanoTime());
    }

    /** A measurement or message from {@code source} was rejected for {@code reason} (a short stable word). */
    public void rejected(String source, String reason) {
        counters(source).rejected(reason);
    }

    /** A transport error with {@code source} (connection lost, timeout...); {@code message} must hold no secret. */
    public void error(String source, String message) {
        counters(source).error(message);
    }

    /** Whether a session to {@code source} is up. */
    public void connected(String source, boolean up) {
        counters(source).connected(up);
    }

    /** A peer was refused (unknown source, bad credentials, untrusted certificate) for {@code reason}. */
    public void refused(String reason) {
        refused.merge(requireNonNull(reason, "reason"), 1L, Long::sum);
    }

    /** Forgets {@code source} (removed from the collector's targets). */
    public void forget(String source) {
        sources.remove(source);
    }

    /** Refused peers by reason. */
    public Map<String, Long> refused() {
        return new TreeMap<>(refused);
    }

    /** One report per source, sorted by source. */
    public List<SourceReport> reports() {
        List<SourceReport> out = new ArrayList<>();
        long now = System.nanoTime();
        new TreeMap<>(sources).forEach((name, c) -> out.add(c.report(collector, name, now)));
        return out;
    }

    /** The report of one source, when it has been seen or configured. */
    public Optional<SourceReport> report(String source) {
        SourceCounters c = sources.get(source);
        return c == null ? Optional.empty() : Optional.of(c.report(collector, source, System.nanoTime()));
    }

    /**
     * The health as Prometheus text exposition: {@code nettwin_collector_measurements_total},
     * {@code nettwin_collector_rejected_total}, {@code nettwin_collector_errors_total},
     * {@code nettwin_collector_last_seen_seconds}, {@code nettwin_collector_rate}, {@code nettwin_collector_up} per
     * source and {@code nettwin_collector_refused_total} per reason.
     */
    public String prometheusText() {
        StringBuilder out = new StringBuilder();
        List<SourceReport> reports = reports();
        family(out, "nettwin_collector_measurements_total", "counter", "Measurements delivered per source.");
        reports.forEach(r -> sample(out, "nettwin_collector_measurements_total", r, "", r.measurements()));
        family(out, "nettwin_collector_rejected_total", "counter", "Measurements or messages rejected, by reason.");
        reports.forEach(r -> r.rejected().forEach((reason, n) -> sample(out, "nettwin_collector_rejected_total", r,
                ",reason=\"" + escape(reason) + "\"", n)));
        family(out, "nettwin_collector_errors_total", "counter", "Transport errors per source.");
        reports.forEach(r -> sample(out, "nettwin_collector_errors_total", r, "", r.errors()));
        family(out, "nettwin_collector_last_seen_seconds", "gauge", "When the source was last heard from.");
        reports.forEach(r -> r.lastSeen().ifPresent(t -> sample(out, "nettwin_collector_last_seen_seconds", r, "",
                t.toEpochMilli() / 1000.0)));
        family(out, "nettwin_collector_rate", "gauge", "Measurements per second over the last minute.");
        reports.forEach(r -> sample(out, "nettwin_collector_rate", r, "", r.ratePerSecond()));
        family(out, "nettwin_collector_up", "gauge", "1 when a session to the source is up.");
        reports.forEach(r -> sample(out, "nettwin_collector_up", r, "", r.connected() ? 1 : 0));
        family(out, "nettwin_collector_refused_total", "counter", "Peers refused, by reason.");
        refused().forEach((reason, n) -> out.append("nettwin_collector_refused_total{collector=\"")
                .append(escape(collector)).append("\",reason=\"").append(escape(reason)).append("\"} ")
                .append(n).append('\n'));
        return out.toString();
    }

    private SourceCounters counters(String source) {
        return sources.computeIfAbsent(requireNonNull(source, "source"), s -> new SourceCounters(RATE_WINDOW_NANOS));
    }

    private static void family(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private void sample(StringBuilder out, String name, SourceReport r, String extra, double value) {
        out.append(name).append("{collector=\"").append(escape(collector)).append("\",source=\"")
                .append(escape(r.source())).append('"').append(extra).append("} ");
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.append((long) value);
        } else {
            out.append(String.format(Locale.ROOT, "%.6g", value));
        }
        out.append('\n');
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
