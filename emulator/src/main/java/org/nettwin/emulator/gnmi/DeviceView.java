package org.nettwin.emulator.gnmi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.telemetry.gnmi.proto.Notification;
import org.nettwin.telemetry.gnmi.proto.Path;
import org.nettwin.telemetry.gnmi.proto.TypedValue;
import org.nettwin.telemetry.gnmi.proto.Update;

/**
 * A device as its gNMI server sees it: its leaves with their paths parsed once (leaf paths are stable), selection
 * by subscription paths, and notifications built from leaves. Notifications carry the prefix {@code target} = the
 * device id and each update the leaf's full path (no common-prefix factoring: simpler, and what many devices do).
 */
final class DeviceView {

    /** Marks a leaf path that does not parse; such leaves are never served. */
    private static final Path UNPARSABLE = Path.newBuilder().setOrigin("unparsable").build();

    private final EmulatedDevice device;
    private final Path prefix;
    private final Map<String, Path> parsed = new ConcurrentHashMap<>();

    DeviceView(EmulatedDevice device) {
        this.device = device;
        this.prefix = Path.newBuilder().setTarget(device.id()).build();
    }

    EmulatedDevice device() {
        return device;
    }

    String id() {
        return device.id();
    }

    /** The parsed path of {@code leaf}, or {@link #UNPARSABLE}. */
    Path pathOf(Leaf leaf) {
        return parsed.computeIfAbsent(leaf.path(), DeviceView::parseOrMark);
    }

    private static Path parseOrMark(String text) {
        try {
            return GnmiPaths.parse(text);
        } catch (IllegalArgumentException e) {
            return UNPARSABLE;
        }
    }

    /** Whether {@code leaf} is served and covered by one of {@code patterns}. */
    boolean covered(Leaf leaf, List<Path> patterns) {
        Path path = pathOf(leaf);
        if (path == UNPARSABLE) {
            return false;
        }
        for (Path pattern : patterns) {
            if (GnmiPaths.covers(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    /** The device's current leaves covered by {@code patterns}. */
    List<Leaf> leaves(List<Path> patterns) {
        List<Leaf> out = new ArrayList<>();
        for (Leaf leaf : device.leaves()) {
            if (covered(leaf, patterns)) {
                out.add(leaf);
            }
        }
        return out;
    }

    /** One notification of {@code leaves} at device time {@code timestampNanos}. */
    Notification notification(long timestampNanos, List<Leaf> leaves) {
        Notification.Builder n = Notification.newBuilder().setTimestamp(timestampNanos).setPrefix(prefix);
        for (Leaf leaf : leaves) {
            n.addUpdate(Update.newBuilder().setPath(pathOf(leaf)).setVal(typed(leaf.value())));
        }
        return n.build();
    }

    /** Counter → uint_val (unsigned bits as they are), gauge → double_val, text → string_val, flag → bool_val. */
    static TypedValue typed(LeafValue value) {
        if (value instanceof LeafValue.Counter c) {
            return TypedValue.newBuilder().setUintVal(c.value()).build();
        }
        if (value instanceof LeafValue.Gauge g) {
            return TypedValue.newBuilder().setDoubleVal(g.value()).build();
        }
        if (value instanceof LeafValue.Text t) {
            return TypedValue.newBuilder().setStringVal(t.value()).build();
        }
        return TypedValue.newBuilder().setBoolVal(((LeafValue.Flag) value).value()).build();
    }

    /** Whether {@code value} is sampled under TARGET_DEFINED (counters and gauges); text and flags are on change. */
    static boolean sampledByTarget(LeafValue value) {
        return value instanceof LeafValue.Counter || value instanceof LeafValue.Gauge;
    }
}
