package org.nettwin.emulator.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nettwin.emulator.device.DeviceRole;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.emulator.device.WireFlaws;

/**
 * A core or edge server served in the Prometheus style: node-exporter CPU seconds, memory and network bytes, a
 * request-latency histogram per hosted network function, and the process start time. Requests arrive at the rate
 * of the traffic terminating at the server ({@value #REQUEST_BYTES} bytes each) and wait as in an M/M/1 queue whose
 * utilisation follows the server's link load: sojourn times are exponential with mean S / (1 - rho). Byte and
 * request counts are 64-bit counters; CPU seconds and latency sums are monotonic non-integer values reported as
 * gauges (Prometheus types them as counters by their {@code _total}/{@code _sum} names).
 */
final class ServerDevice extends DeviceBase {

    static final int REQUEST_BYTES = 20_000;
    static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5};
    private static final double SERVICE_SECONDS = 0.002;
    private static final double MEMORY_BYTES = 64L << 30;
    private static final String[] MODES = {"idle", "user", "system"};

    private final String[] functions;
    private final double[][] cpuSeconds;
    private final double[][] buckets;
    private final double[] sum;
    private final double[] count;
    private double utilisation;

    ServerDevice(NetworkModel model, int node, WireFlaws flaws, String[] functions, int cpus) {
        super(model, node, model.fabric.nodes[node].id().value(), DeviceRole.SERVER, flaws);
        this.functions = functions.clone();
        this.cpuSeconds = new double[cpus][MODES.length];
        this.buckets = new double[functions.length][BUCKETS.length];
        this.sum = new double[functions.length];
        this.count = new double[functions.length];
    }

    /** Advances by one step of {@code seconds} with {@code inBps} terminating here and link load {@code load}. */
    void step(double seconds, double inBps, double load) {
        double rho = Math.min(0.98, 1.6 * load);
        utilisation = 0.05 + 0.85 * rho;
        for (double[] cpu : cpuSeconds) {
            cpu[0] += seconds * (1 - utilisation);
            cpu[1] += seconds * utilisation * 0.7;
            cpu[2] += seconds * utilisation * 0.3;
        }
        double mean = SERVICE_SECONDS / (1 - rho);
        double requests = inBps / (8.0 * REQUEST_BYTES) * seconds / functions.length;
        for (int f = 0; f < functions.length; f++) {
            for (int b = 0; b < BUCKETS.length; b++) {
                buckets[f][b] += requests * -Math.expm1(-BUCKETS[b] / mean);
            }
            count[f] += requests;
            sum[f] += requests * mean;
        }
    }

    @Override
    void restart() {
        for (double[] cpu : cpuSeconds) {
            java.util.Arrays.fill(cpu, 0);
        }
        for (int f = 0; f < functions.length; f++) {
            java.util.Arrays.fill(buckets[f], 0);
            sum[f] = 0;
            count[f] = 0;
        }
    }

    @Override
    public List<Leaf> leaves() {
        synchronized (model) {
            List<Leaf> out = new ArrayList<>();
            for (int c = 0; c < cpuSeconds.length; c++) {
                for (int m = 0; m < MODES.length; m++) {
                    out.add(new Leaf("node_cpu_seconds_total", Map.of("cpu", Integer.toString(c), "mode", MODES[m]),
                            new LeafValue.Gauge(cpuSeconds[c][m])));
                }
            }
            out.add(Leaf.of("node_memory_MemTotal_bytes", new LeafValue.Gauge(MEMORY_BYTES)));
            out.add(Leaf.of("node_memory_MemAvailable_bytes",
                    new LeafValue.Gauge(Math.rint(MEMORY_BYTES * (0.7 - 0.4 * utilisation)))));
            for (int arc : model.fabric.interfacesOf[node]) {
                Map<String, String> device = Map.of("device", model.fabric.interfaceName[arc]);
                out.add(new Leaf("node_network_receive_bytes_total", device,
                        new LeafValue.Counter(model.counters.value(arc, Counters.IN_OCTETS), 64)));
                out.add(new Leaf("node_network_transmit_bytes_total", device,
                        new LeafValue.Counter(model.counters.value(arc, Counters.OUT_OCTETS), 64)));
            }
            histograms(out);
            out.add(Leaf.of("process_start_time_seconds", new LeafValue.Gauge(model.bootNanos[node] / 1e9)));
            return out;
        }
    }

    private void histograms(List<Leaf> out) {
        for (int f = 0; f < functions.length; f++) {
            String nf = functions[f];
            for (int b = 0; b < BUCKETS.length; b++) {
                out.add(new Leaf("nf_request_duration_seconds_bucket", Map.of("nf", nf, "le", Double.toString(BUCKETS[b])),
                        new LeafValue.Counter((long) buckets[f][b], 64)));
            }
            out.add(new Leaf("nf_request_duration_seconds_bucket", Map.of("nf", nf, "le", "+Inf"),
                    new LeafValue.Counter((long) count[f], 64)));
            out.add(new Leaf("nf_request_duration_seconds_sum", Map.of("nf", nf), new LeafValue.Gauge(sum[f])));
            out.add(new Leaf("nf_request_duration_seconds_count", Map.of("nf", nf),
                    new LeafValue.Counter((long) count[f], 64)));
        }
    }

    /** The names of the functions this server hosts (lower case). */
    List<String> functions() {
        return List.of(functions);
    }
}
