package org.nettwin.emulator.device;

/** Hears a device's on-change leaves (oper-status, enabled, configuration) when their value changes. */
@FunctionalInterface
public interface ChangeListener {

    /** {@code leaf} changed at {@code deviceTimeNanos} on the device's own clock. */
    void changed(Leaf leaf, long deviceTimeNanos);
}
