package org.nettwin.emulator.device;

/** What happens to one telemetry message on the wire, as a device's flaws decide it. */
public enum Delivery {
    /** Sent once, on time, well formed. */
    NORMAL,
    /** Not sent (a missing sample). */
    DROP,
    /** Sent twice. */
    DUPLICATE,
    /** Sent late, by {@link WireFlaws#lateBy()}. */
    LATE,
    /** Sent with a corrupted payload (truncated or garbled) that a collector must reject. */
    MALFORMED
}
