package org.nettwin.emulator.mqtt;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.nettwin.emulator.device.ChangeListener;
import org.nettwin.emulator.device.Delivery;
import org.nettwin.emulator.device.DeviceRole;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.emulator.device.WireFlaws;

/** A cell with the five KPI leaves, a clock 3 s ahead, a reachability switch and scripted wire flaws. */
final class FakeCell implements EmulatedDevice, WireFlaws {

    static final List<String> FIELDS = List.of("prb_utilisation", "connected_ues", "dl_throughput_bps",
            "ul_throughput_bps", "cqi");

    private final String id;
    private final AtomicLong samples = new AtomicLong();
    private final Deque<Delivery> script = new ArrayDeque<>();
    private volatile boolean reachable = true;
    private volatile Duration lateBy = Duration.ofMillis(300);

    FakeCell(String id) {
        this.id = id;
    }

    synchronized FakeCell then(Delivery... deliveries) {
        script.addAll(List.of(deliveries));
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
        return DeviceRole.CELL;
    }

    @Override
    public long clockNanos() {
        return System.currentTimeMillis() * 1_000_000L + 3_000_000_000L;
    }

    @Override
    public boolean reachable() {
        return reachable;
    }

    @Override
    public List<Leaf> leaves() {
        long n = samples.incrementAndGet();
        return List.of(
                Leaf.of("prb_utilisation", new LeafValue.Gauge(40 + n % 20)),
                Leaf.of("connected_ues", new LeafValue.Gauge(10 + n % 5)),
                Leaf.of("dl_throughput_bps", new LeafValue.Counter(1_000_000L * n, 64)),
                Leaf.of("ul_throughput_bps", new LeafValue.Counter(250_000L * n, 64)),
                Leaf.of("cqi", new LeafValue.Gauge(11)),
                Leaf.of("state", new LeafValue.Text("UP")));
    }

    @Override
    public AutoCloseable onChange(ChangeListener listener) {
        return () -> { };
    }

    @Override
    public void configure(String path, LeafValue value) {
        throw new IllegalArgumentException("cell " + id + ": " + path + " is not configurable");
    }

    @Override
    public WireFlaws flaws() {
        return this;
    }

    @Override
    public synchronized Delivery next() {
        Delivery d = script.poll();
        return d == null ? Delivery.NORMAL : d;
    }

    @Override
    public Duration lateBy() {
        return lateBy;
    }
}
