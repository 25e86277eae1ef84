package org.nettwin.twin.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Node KPIs from the latest readings, in the units their names say: {@code cpu_percent} (router CPU gauge, or a
 * server's non-idle share of its CPU seconds), {@code memory_used_ratio}, {@code latency_mean_seconds} (a server's NF
 * request duration sum rate / count rate) and for a gNB its cells summed ({@code dl_throughput_bps},
 * {@code ul_throughput_bps}, {@code connected_ues}) and averaged ({@code prb_utilisation_percent}).
 */
final class NodeKpis {

    private NodeKpis() {
    }

    static List<Map<String, Double>> of(NetworkIndex index, List<Map<String, Double>> raw) {
        List<Map<String, Double>> out = new ArrayList<>(raw.size());
        for (Map<String, Double> r : raw) {
            out.add(one(r));
        }
        return out;
    }

    private static Map<String, Double> one(Map<String, Double> r) {
        Map<String, Double> k = new TreeMap<>();
        put(k, "cpu_percent", r.get(SeriesRole.Kind.CPU_PERCENT.name()));
        double idle = r.getOrDefault(SeriesRole.Kind.CPU_IDLE.name(), Double.NaN);
        double busy = r.getOrDefault(SeriesRole.Kind.CPU_BUSY.name(), Double.NaN);
        if (idle + busy > 0) {
            k.put("cpu_percent", 100 * busy / (idle + busy));
        }
        double used = r.getOrDefault(SeriesRole.Kind.MEM_USED.name(), Double.NaN);
        double available = r.getOrDefault(SeriesRole.Kind.MEM_AVAILABLE.name(), Double.NaN);
        if (used + available > 0) {
            k.put("memory_used_ratio", used / (used + available));
        }
        double total = r.getOrDefault(SeriesRole.Kind.MEM_TOTAL_BYTES.name(), Double.NaN);
        double free = r.getOrDefault(SeriesRole.Kind.MEM_AVAILABLE_BYTES.name(), Double.NaN);
        if (total > 0 && free >= 0) {
            k.put("memory_used_ratio", 1 - free / total);
        }
        double sum = r.getOrDefault(SeriesRole.Kind.NF_SUM.name(), Double.NaN);
        double count = r.getOrDefault(SeriesRole.Kind.NF_COUNT.name(), Double.NaN);
        if (count > 0 && sum >= 0) {
            k.put("latency_mean_seconds", sum / count);
        }
        put(k, "dl_throughput_bps", r.get("dl_throughput_bps"));
        put(k, "ul_throughput_bps", r.get("ul_throughput_bps"));
        put(k, "connected_ues", r.get("connected_ues"));
        Double prb = r.get("prb_utilisation");
        if (prb != null) {
            k.put("prb_utilisation_percent", prb / r.getOrDefault("cells:prb_utilisation", 1.0));
        }
        return k;
    }

    private static void put(Map<String, Double> k, String name, Double v) {
        if (v != null && Double.isFinite(v)) {
            k.put(name, v);
        }
    }
}
