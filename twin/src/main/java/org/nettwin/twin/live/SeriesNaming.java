package org.nettwin.twin.live;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nettwin.store.series.EntityKind;
import org.nettwin.store.series.SeriesKey;
import org.nettwin.telemetry.pipeline.CleanSeries;

/**
 * The rule that names a clean series in the store (the server's ingest writes by it, the live twin reads past
 * moments by it). A series is about an {@code INTERFACE} when its gNMI path has an
 * {@code interface[name=X]} element or it has an {@code interface} label (entity id {@code source/X}); otherwise
 * it is about the {@code DEVICE} (entity id {@code source}). The metric is the series name, made legal for the
 * store: the interface key is dropped (the entity carries it), other list keys {@code [k=v]} become {@code :v},
 * labels other than {@code origin}, {@code target} and {@code interface} are appended as {@code :k.v} in key order,
 * any other character outside {@code [A-Za-z0-9_.:/-]} becomes {@code _}, and the result is cut to 128 characters.
 * The unit is known only for counter rates ({@code B/s} for octets, else {@code 1/s}) and Prometheus
 * {@code _bytes}/{@code _seconds} gauges; otherwise it is empty.
 */
public final class SeriesNaming {

    private static final Pattern INTERFACE_KEY = Pattern.compile("interface\\[name=([^\\]]*)\\]");
    private static final Pattern KEY = Pattern.compile("\\[[^=\\]]*=([^\\]]*)\\]");
    private static final Pattern ILLEGAL = Pattern.compile("[^A-Za-z0-9_.:/-]");
    private static final int MAX_METRIC = 128;
    private static final int MAX_ENTITY = 256;

    /** The metric of interface out-octets rates (B/s) of gNMI devices; the live twin's past baselines read it. */
    public static final String OUT_OCTETS_METRIC = "/interfaces/interface/state/counters/out-octets";

    private SeriesNaming() {
    }

    /** The store key of a clean series. */
    public static SeriesKey keyOf(CleanSeries s) {
        String name = s.name();
        Matcher m = INTERFACE_KEY.matcher(name);
        String iface = null;
        if (m.find()) {
            iface = m.group(1);
            name = m.replaceFirst("interface");
        } else if (s.labels().containsKey("interface")) {
            iface = s.labels().get("interface");
        }
        EntityKind kind = iface == null ? EntityKind.DEVICE : EntityKind.INTERFACE;
        String entity = iface == null ? s.source() : s.source() + "/" + iface;
        return SeriesKey.of(kind, cut(entity, MAX_ENTITY), metric(name, s.labels()), unit(s));
    }

    private static String metric(String name, Map<String, String> labels) {
        StringBuilder b = new StringBuilder(KEY.matcher(name).replaceAll(":$1"));
        for (Map.Entry<String, String> e : new TreeMap<>(labels).entrySet()) {
            String k = e.getKey();
            if (!k.equals("origin") && !k.equals("target") && !k.equals("interface")) {
                b.append(':').append(k).append('.').append(e.getValue());
            }
        }
        String legal = ILLEGAL.matcher(b).replaceAll("_");
        return cut(legal.isEmpty() ? "_" : legal, MAX_METRIC);
    }

    /** The unit of a clean series' values, empty when unknown. */
    public static String unit(CleanSeries s) {
        String n = s.name();
        if (s.rate()) {
            return n.endsWith("octets") ? "B/s" : "1/s";
        }
        if (n.endsWith("_bytes")) {
            return "B";
        }
        return n.endsWith("_seconds") ? "s" : "";
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
