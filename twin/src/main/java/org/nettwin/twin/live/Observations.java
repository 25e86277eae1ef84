package org.nettwin.twin.live;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.nettwin.telemetry.measurement.MeasuredValue;
import org.nettwin.telemetry.measurement.Measurement;
import org.nettwin.telemetry.spi.MeasurementSink;

/**
 * The raw measurements before cleaning: every one marks its node as heard; numeric ones are otherwise ignored at once
 * (the clean path has them); interface texts and flags (oper-status, description, enabled) update the interfaces.
 * Anything malformed (unknown source, unknown leaf, garbage text) is counted and dropped, never thrown.
 */
final class Observations implements MeasurementSink {

    private final NetworkIndex index;
    private final Interfaces interfaces;
    private final Clock clock;
    private final AtomicLongArray heard;
    private final Runnable onStatusChange;
    private final AtomicLong bad = new AtomicLong();

    Observations(NetworkIndex index, Interfaces interfaces, Clock clock, AtomicLongArray heard,
                 Runnable onStatusChange) {
        this.index = index;
        this.interfaces = interfaces;
        this.clock = clock;
        this.heard = heard;
        this.onStatusChange = onStatusChange;
    }

    @Override
    public void accept(Measurement m) {
        if (m == null) {
            bad.incrementAndGet();
            return;
        }
        int node = index.nodeOfDevice(m.source());
        if (node < 0) {
            bad.incrementAndGet();
            return;
        }
        heard.lazySet(node, clock.millis());
        if (m.value() instanceof MeasuredValue.Numeric) {
            return;
        }
        if (!interfaceLeaf(node, m)) {
            bad.incrementAndGet();
        }
    }

    /** Observations dropped as malformed or about something the twin does not know. */
    long bad() {
        return bad.get();
    }

    private boolean interfaceLeaf(int node, Measurement m) {
        String name = m.name();
        if (!name.startsWith(SeriesResolver.INTERFACE_PREFIX) || m.source().indexOf('/') >= 0) {
            return true;
        }
        int end = name.indexOf(']', SeriesResolver.INTERFACE_PREFIX.length());
        if (end <= SeriesResolver.INTERFACE_PREFIX.length()) {
            return false;
        }
        String leaf = name.substring(end + 1);
        Port port = interfaces.port(node, m.source(), name.substring(SeriesResolver.INTERFACE_PREFIX.length(), end));
        if (leaf.equals("/state/oper-status") && m.value() instanceof MeasuredValue.Text t) {
            long before = interfaces.changes();
            boolean ok = interfaces.operStatus(port, t.value().trim());
            if (interfaces.changes() != before) {
                onStatusChange.run();
            }
            return ok && port.link >= 0;
        }
        if (leaf.equals("/state/description") && m.value() instanceof MeasuredValue.Text t) {
            return interfaces.describe(port, t.value());
        }
        if (leaf.equals("/config/enabled") && m.value() instanceof MeasuredValue.Flag f) {
            long before = interfaces.changes();
            interfaces.enabled(port, f.value());
            if (interfaces.changes() != before) {
                onStatusChange.run();
            }
            return true;
        }
        return true;
    }
}
