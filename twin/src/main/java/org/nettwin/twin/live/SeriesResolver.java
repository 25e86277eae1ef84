package org.nettwin.twin.live;

import java.util.Map;
import org.nettwin.model.topology.NodeKind;
import org.nettwin.telemetry.pipeline.CleanSeries;

/**
 * Decides once per clean series what it means (see the emulator README for the leaves): gNMI interface counters and
 * Prometheus interface byte counters become interface counters, router CPU/memory, server CPU, memory and NF request
 * latency become node KPIs, a cell's MQTT fields become its gNB's KPIs.
 */
final class SeriesResolver {

    static final String INTERFACE_PREFIX = "/interfaces/interface[name=";
    private static final Map<String, SeriesRole.Kind> COUNTERS = Map.of(
            "/state/counters/out-octets", SeriesRole.Kind.OUT_OCTETS,
            "/state/counters/in-octets", SeriesRole.Kind.IN_OCTETS,
            "/state/counters/out-pkts", SeriesRole.Kind.OUT_PKTS,
            "/state/counters/in-errors", SeriesRole.Kind.IN_ERRORS,
            "/state/counters/out-discards", SeriesRole.Kind.OUT_DISCARDS);
    private static final Map<String, SeriesRole.Kind> DEVICE = Map.of(
            "/components/component[name=CPU0]/cpu/utilization/state/instant", SeriesRole.Kind.CPU_PERCENT,
            "/components/component[name=chassis]/state/memory/utilized", SeriesRole.Kind.MEM_USED,
            "/components/component[name=chassis]/state/memory/available", SeriesRole.Kind.MEM_AVAILABLE,
            "node_memory_MemTotal_bytes", SeriesRole.Kind.MEM_TOTAL_BYTES,
            "node_memory_MemAvailable_bytes", SeriesRole.Kind.MEM_AVAILABLE_BYTES,
            "nf_request_duration_seconds_sum", SeriesRole.Kind.NF_SUM,
            "nf_request_duration_seconds_count", SeriesRole.Kind.NF_COUNT);
    private static final java.util.Set<String> CELL_KPIS = java.util.Set.of("dl_throughput_bps", "ul_throughput_bps",
            "connected_ues", "prb_utilisation");

    private final NetworkIndex index;
    private final Interfaces interfaces;

    SeriesResolver(NetworkIndex index, Interfaces interfaces) {
        this.index = index;
        this.interfaces = interfaces;
    }

    SeriesRole resolve(CleanSeries s) {
        int node = index.nodeOfDevice(s.source());
        if (node < 0) {
            return SeriesRole.UNKNOWN;
        }
        String name = s.name();
        if (name.startsWith(INTERFACE_PREFIX)) {
            int end = name.indexOf(']', INTERFACE_PREFIX.length());
            SeriesRole.Kind kind = end < 0 ? null : COUNTERS.get(name.substring(end + 1));
            if (kind == null || end == INTERFACE_PREFIX.length()) {
                return SeriesRole.ignored(node);
            }
            String ifname = name.substring(INTERFACE_PREFIX.length(), end);
            return new SeriesRole(node, kind, interfaces.port(node, s.source(), ifname), "");
        }
        SeriesRole.Kind kind = DEVICE.get(name);
        if (kind != null && s.source().equals(index.nodes.get(node).id().value())) {
            return new SeriesRole(node, kind, null, "");
        }
        return prometheusOrCell(node, s);
    }

    private SeriesRole prometheusOrCell(int node, CleanSeries s) {
        String name = s.name();
        String device = s.labels().get("device");
        if (device != null && !device.isEmpty() && (name.equals("node_network_transmit_bytes_total")
                || name.equals("node_network_receive_bytes_total"))) {
            SeriesRole.Kind kind = name.contains("transmit") ? SeriesRole.Kind.OUT_OCTETS : SeriesRole.Kind.IN_OCTETS;
            return new SeriesRole(node, kind, interfaces.port(node, s.source(), device), "");
        }
        if (name.equals("node_cpu_seconds_total")) {
            boolean idle = "idle".equals(s.labels().get("mode"));
            return new SeriesRole(node, idle ? SeriesRole.Kind.CPU_IDLE : SeriesRole.Kind.CPU_BUSY, null, "");
        }
        boolean cell = s.source().indexOf('/') > 0 && index.nodes.get(node).kind() == NodeKind.GNB;
        if (cell && CELL_KPIS.contains(name)) {
            return new SeriesRole(node, SeriesRole.Kind.CELL, null, name);
        }
        return SeriesRole.ignored(node);
    }
}
