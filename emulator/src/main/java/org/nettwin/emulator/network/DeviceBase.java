package org.nettwin.emulator.network;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.nettwin.emulator.device.ChangeListener;
import org.nettwin.emulator.device.DeviceRole;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.emulator.device.WireFlaws;

/**
 * What every emulated device shares: identity, the node it lives on, its clock, its flaws and its change
 * listeners. State is read under the network model's lock, so leaves are a consistent snapshot of one step.
 */
abstract class DeviceBase implements EmulatedDevice {

    final NetworkModel model;
    final int node;
    private final String id;
    private final DeviceRole role;
    private final WireFlaws flaws;
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();

    DeviceBase(NetworkModel model, int node, String id, DeviceRole role, WireFlaws flaws) {
        this.model = model;
        this.node = node;
        this.id = id;
        this.role = role;
        this.flaws = flaws;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final DeviceRole role() {
        return role;
    }

    @Override
    public long clockNanos() {
        synchronized (model) {
            return model.clocks[node].read(model.trueNanosNow());
        }
    }

    @Override
    public boolean reachable() {
        synchronized (model) {
            return model.controls.nodeUp(node, model.now);
        }
    }

    @Override
    public final WireFlaws flaws() {
        return flaws;
    }

    @Override
    public AutoCloseable onChange(ChangeListener listener) {
        listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    @Override
    public void configure(String path, LeafValue value) {
        throw new IllegalArgumentException(id + ": " + path + " is not configurable on a " + role + " device");
    }

    /** Tells the listeners that {@code leaf} changed, stamped with the device's clock at model time now. */
    void fire(Leaf leaf) {
        if (listeners.isEmpty()) {
            return;
        }
        long stamp = model.clocks[node].read(model.trueNanosAt(model.now));
        for (ChangeListener l : listeners) {
            l.changed(leaf, stamp);
        }
    }

    /** Restarts the device's own counters (a reboot); the interface counters are the network's. */
    void restart() {
    }

    @Override
    public String toString() {
        return role + " " + id;
    }
}
