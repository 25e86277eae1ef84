package org.nettwin.emulator.gnmi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.telemetry.gnmi.proto.Path;
import org.nettwin.telemetry.gnmi.proto.SubscriptionMode;

/**
 * One subscription of a STREAM Subscribe call, running: SAMPLE ticks every {@code intervalNanos}; ON_CHANGE sends
 * a leaf when the device announces its change; TARGET_DEFINED samples counters and gauges and sends text and flags
 * on change. With {@code suppressRedundant} a sample holds only leaves whose value changed since last sent, unless
 * the heartbeat is due (then all are sent); ON_CHANGE resends all current values every heartbeat. While the device
 * is unreachable nothing is sent.
 */
final class StreamPlan {

    private final DeviceView device;
    private final List<Path> patterns;
    private final SubscriptionMode mode;
    private final long intervalNanos;
    private final boolean suppressRedundant;
    private final long heartbeatNanos;
    private final Map<String, LeafValue> lastSent = new HashMap<>();
    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();
    private AutoCloseable listener;
    private long lastHeartbeat;

    StreamPlan(DeviceView device, Path pattern, SubscriptionMode mode, long intervalNanos,
               boolean suppressRedundant, long heartbeatNanos) {
        this.device = device;
        this.patterns = List.of(pattern);
        this.mode = mode;
        this.intervalNanos = intervalNanos;
        this.suppressRedundant = suppressRedundant;
        this.heartbeatNanos = heartbeatNanos;
    }

    List<Path> patterns() {
        return patterns;
    }

    /** Starts the plan's ticks and listeners, sending on {@code stream}. */
    synchronized void start(ResponseStream stream, ScheduledExecutorService scheduler) {
        lastHeartbeat = System.nanoTime();
        if (mode != SubscriptionMode.ON_CHANGE) {
            tasks.add(scheduler.scheduleAtFixedRate(() -> sample(stream), intervalNanos, intervalNanos,
                    TimeUnit.NANOSECONDS));
        }
        if (mode != SubscriptionMode.SAMPLE) {
            listener = device.device().onChange((leaf, ts) -> changed(stream, leaf, ts));
            if (heartbeatNanos > 0) {
                tasks.add(scheduler.scheduleAtFixedRate(() -> heartbeat(stream), heartbeatNanos, heartbeatNanos,
                        TimeUnit.NANOSECONDS));
            }
        }
    }

    private void sample(ResponseStream stream) {
        try {
            if (!device.device().reachable()) {
                return;
            }
            long ts = device.device().clockNanos();
            List<Leaf> leaves = selectSample(device.leaves(patterns));
            if (!leaves.isEmpty()) {
                stream.stream(device.notification(ts, leaves));
            }
        } catch (RuntimeException e) {
            // a failing device model must not kill the periodic task; the next tick tries again
        }
    }

    private synchronized List<Leaf> selectSample(List<Leaf> leaves) {
        List<Leaf> out = new ArrayList<>(leaves.size());
        long now = System.nanoTime();
        boolean heartbeat = heartbeatNanos > 0 && now - lastHeartbeat >= heartbeatNanos;
        if (heartbeat) {
            lastHeartbeat = now;
        }
        for (Leaf leaf : leaves) {
            if (mode == SubscriptionMode.TARGET_DEFINED && !DeviceView.sampledByTarget(leaf.value())) {
                continue;
            }
            if (suppressRedundant && !heartbeat && leaf.value().equals(lastSent.get(leaf.path()))) {
                continue;
            }
            if (suppressRedundant) {
                lastSent.put(leaf.path(), leaf.value());
            }
            out.add(leaf);
        }
        return out;
    }

    private void changed(ResponseStream stream, Leaf leaf, long ts) {
        if (mode == SubscriptionMode.TARGET_DEFINED && DeviceView.sampledByTarget(leaf.value())) {
            return;
        }
        if (device.device().reachable() && device.covered(leaf, patterns)) {
            stream.stream(device.notification(ts, List.of(leaf)));
        }
    }

    private void heartbeat(ResponseStream stream) {
        try {
            if (!device.device().reachable()) {
                return;
            }
            List<Leaf> leaves = new ArrayList<>();
            for (Leaf leaf : device.leaves(patterns)) {
                if (mode == SubscriptionMode.ON_CHANGE || !DeviceView.sampledByTarget(leaf.value())) {
                    leaves.add(leaf);
                }
            }
            if (!leaves.isEmpty()) {
                stream.stream(device.notification(device.device().clockNanos(), leaves));
            }
        } catch (RuntimeException e) {
            // as in sample(): keep the heartbeat alive
        }
    }

    /** Cancels the ticks and unregisters the listener. */
    synchronized void stop() {
        tasks.forEach(t -> t.cancel(false));
        tasks.clear();
        if (listener != null) {
            try {
                listener.close();
            } catch (Exception e) {
                // unregistering a listener has nothing left to clean up on failure
            }
            listener = null;
        }
    }
}
