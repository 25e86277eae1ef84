package org.nettwin.emulator.prometheus;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.nettwin.emulator.device.ChangeListener;
import org.nettwin.emulator.device.Delivery;
import org.nettwin.emulator.device.DeviceRole;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.emulator.device.WireFlaws;

/** A server device with fixed leaves and scripted flaws (NORMAL once the script runs out). */
final class FakeServer implements EmulatedDevice, WireFlaws {

    private final String id;
    private final DeviceRole role;
    private volatile List<Leaf> leaves;
    private volatile boolean reachable = true;
    private final Deque<Delivery> script = new ArrayDeque<>();
    private volatile Duration lateBy = Duration.ZERO;

    FakeServer(String id, List<Leaf> leaves) {
        this(id, DeviceRole.SERVER, leaves);
    }

    FakeServer(String id, DeviceRole role, List<Leaf> leaves) {
        this.id = id;
        this.role = role;
        this.leaves = List.copyOf(leaves);
    }

    synchronized FakeServer then(Delivery delivery) {
        script.add(delivery);
        return this;
    }

    FakeServer late(Duration by) {
        lateBy = by;
        return this;
    }

    void reachable(boolean up) {
        reachable = up;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public DeviceRole role() {
        return role;
    }

    @Override
    public long clockNanos() {
        return System.currentTimeMillis() * 1_000_000L;
    }

    @Override
    public boolean reachable() {
        return reachable;
    }

    @Override
    public List<Leaf> leaves() {
        return leaves;
    }

    @Override
    public AutoCloseable onChange(ChangeListener listener) {
        return () -> { };
    }

    @Override
    public void configure(String path, LeafValue value) {
        throw new IllegalArgumentException(path + " is not configurable");
    }

    @Override
    public WireFlaws flaws() {
        return this;
    }

    @Override
    public synchronized Delivery next() {
        Delivery next = script.poll();
        return next == null ? Delivery.NORMAL : next;
    }

    @Override
    public Duration lateBy() {
        return lateBy;
    }

    /** A node_exporter-like set of leaves: counters, gauges, a histogram, an escaped label and special values. */
    static List<Leaf> typicalLeaves(String host) {
        return List.of(
                new Leaf("node_cpu_seconds_total", java.util.Map.of("cpu", "0", "mode", "idle"),
                        new LeafValue.Counter(12345, 64)),
                new Leaf("node_cpu_seconds_total", java.util.Map.of("cpu", "0", "mode", "user"),
                        new LeafValue.Counter(-1L, 64)),
                Leaf.of("node_memory_MemAvailable_bytes", new LeafValue.Gauge(1.6647892992e10)),
                Leaf.of("node_load1", new LeafValue.Gauge(0.25)),
                new Leaf("node_uname", java.util.Map.of("nodename", host, "note", "a \"quoted\\path\"\nline"),
                        new LeafValue.Gauge(1)),
                new Leaf("nf_request_duration_seconds_bucket", java.util.Map.of("nf", "upf", "le", "0.1"),
                        new LeafValue.Counter(5, 64)),
                new Leaf("nf_request_duration_seconds_bucket", java.util.Map.of("nf", "upf", "le", "+Inf"),
                        new LeafValue.Counter(9, 64)),
                new Leaf("nf_request_duration_seconds_bucket", java.util.Map.of("nf", "upf", "le", "0.01"),
                        new LeafValue.Counter(2, 64)),
                new Leaf("nf_request_duration_seconds_sum", java.util.Map.of("nf", "upf"), new LeafValue.Gauge(1.5)),
                new Leaf("nf_request_duration_seconds_count", java.util.Map.of("nf", "upf"),
                        new LeafValue.Counter(9, 64)),
                Leaf.of("node_hwmon_temp_celsius", new LeafValue.Gauge(Double.NaN)),
                Leaf.of("node_filesystem_free_bytes", new LeafValue.Gauge(Double.POSITIVE_INFINITY)),
                Leaf.of("node_systemd_unit_active", new LeafValue.Flag(true)));
    }
}
