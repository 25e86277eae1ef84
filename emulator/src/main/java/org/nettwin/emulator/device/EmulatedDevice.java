package org.nettwin.emulator.device;

import java.util.List;

/**
 * One emulated device as its protocol endpoint sees it. Implementations are thread-safe: endpoints call them from
 * their own threads while the network model advances.
 */
public interface EmulatedDevice {

    /** The device's id (the topology node id, or {@code <gnb>/<cell>} for a cell). */
    String id();

    DeviceRole role();

    /** The device's own clock now, in ns since the epoch: true time plus its offset, drift and any clock jump. */
    long clockNanos();

    /** Whether the device answers at all (false while it is down or rebooting: endpoints then refuse or go quiet). */
    boolean reachable();

    /**
     * Every leaf the device reports now, as the device reports it: counters at its counter width (wrapped, and
     * restarted from zero after a reboot), gauges, oper-status and configuration.
     */
    List<Leaf> leaves();

    /** Registers {@code listener} for on-change leaves; closing the returned handle unregisters it. */
    AutoCloseable onChange(ChangeListener listener);

    /**
     * Applies configuration (a gNMI Set update or replace of one leaf), which changes the emulated network's
     * behaviour from the next model step.
     *
     * @throws IllegalArgumentException naming the path when it is not configurable or the value has the wrong type
     */
    void configure(String path, LeafValue value);

    /** The flaws of this device's telemetry on the wire. */
    WireFlaws flaws();
}
