package org.nettwin.emulator.gnmi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.nettwin.emulator.device.ChangeListener;
import org.nettwin.emulator.device.Delivery;
import org.nettwin.emulator.device.DeviceRole;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.emulator.device.WireFlaws;

/**
 * A small test device: per interface {@code ethN} two counters that grow on every read, oper-status (on change),
 * {@code config/enabled} and {@code config/description} (configurable, on change); plus a CPU gauge and a hostname.
 * Its clock steps by {@code clockStep} per read (so every sample has its own timestamp); flaws come from a script,
 * then NORMAL.
 */
final class FakeDevice implements EmulatedDevice {

    static final long CLOCK_START = 1_800_000_000_000_000_000L;

    private final String id;
    private final Map<String, LeafValue> values = new LinkedHashMap<>();
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong clock = new AtomicLong(CLOCK_START);
    private final AtomicLong reads = new AtomicLong();
    private final long clockStep;
    final Queue<Delivery> flawScript = new ConcurrentLinkedQueue<>();
    volatile boolean reachable = true;
    final AtomicLong unreachableAnswers = new AtomicLong();

    FakeDevice(String id, int interfaces, long clockStep) {
        this.id = id;
        this.clockStep = clockStep;
        for (int i = 0; i < interfaces; i++) {
            String base = "/interfaces/interface[name=eth" + i + "]";
            values.put(base + "/state/counters/in-octets", new LeafValue.Counter(0, 64));
            values.put(base + "/state/counters/out-octets", new LeafValue.Counter(0, 64));
            values.put(base + "/state/oper-status", new LeafValue.Text("UP"));
            values.put(base + "/config/enabled", new LeafValue.Flag(true));
            values.put(base + "/config/description", new LeafValue.Text("port " + i));
        }
        values.put("/components/component[name=cpu0]/cpu/utilization/state/instant", new LeafValue.Gauge(12.5));
        values.put("/system/state/hostname", new LeafValue.Text(id));
    }

    static String leafCount(int interfaces) {
        return Integer.toString(interfaces * 5 + 2);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public DeviceRole role() {
        return DeviceRole.ROUTER;
    }

    @Override
    public long clockNanos() {
        return clock.addAndGet(clockStep);
    }

    @Override
    public boolean reachable() {
        if (!reachable) {
            unreachableAnswers.incrementAndGet();
        }
        return reachable;
    }

    @Override
    public synchronized List<Leaf> leaves() {
        long n = reads.incrementAndGet();
        List<Leaf> out = new ArrayList<>(values.size());
        values.forEach((path, value) -> {
            LeafValue now = value instanceof LeafValue.Counter c ? new LeafValue.Counter(c.value() + n * 1000, 64)
                    : value;
            out.add(Leaf.of(path, now));
        });
        return out;
    }

    @Override
    public AutoCloseable onChange(ChangeListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    int listeners() {
        return listeners.size();
    }

    @Override
    public void configure(String path, LeafValue value) {
        LeafValue old;
        synchronized (this) {
            old = values.get(path);
            if (old == null || !path.contains("/config/")) {
                throw new IllegalArgumentException("path " + path + " is not configurable");
            }
            if (old.getClass() != value.getClass()) {
                throw new IllegalArgumentException("path " + path + " takes a " + old.getClass().getSimpleName());
            }
        }
        set(path, value);
    }

    /** Changes a leaf and announces it. */
    void set(String path, LeafValue value) {
        synchronized (this) {
            values.put(path, value);
        }
        long ts = clockNanos();
        listeners.forEach(l -> l.changed(Leaf.of(path, value), ts));
    }

    synchronized LeafValue value(String path) {
        return values.get(path);
    }

    @Override
    public WireFlaws flaws() {
        return new WireFlaws() {
            @Override
            public Delivery next() {
                Delivery d = flawScript.poll();
                return d == null ? Delivery.NORMAL : d;
            }

            @Override
            public Duration lateBy() {
                return Duration.ofMillis(300);
            }
        };
    }
}
