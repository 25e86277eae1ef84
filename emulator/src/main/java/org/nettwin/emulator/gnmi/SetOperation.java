package org.nettwin.emulator.gnmi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.telemetry.gnmi.proto.Path;
import org.nettwin.telemetry.gnmi.proto.SetRequest;
import org.nettwin.telemetry.gnmi.proto.SetResponse;
import org.nettwin.telemetry.gnmi.proto.TypedValue;
import org.nettwin.telemetry.gnmi.proto.Update;
import org.nettwin.telemetry.gnmi.proto.UpdateResult;

/**
 * One gNMI Set on a device: replaces, then updates, each of one leaf, applied through
 * {@code EmulatedDevice.configure}. Deletes are refused. Values: string and ascii → text, bool → flag, int, uint,
 * float, double and decimal → gauge, a JSON or JSON_IETF scalar → the matching kind. Atomicity as far as reasonable:
 * every path and value is checked before anything is applied; if the device then refuses one, the leaves already
 * applied are set back to the values they had before (best effort: a leaf the device did not report before cannot
 * be restored). Every error is an {@link IllegalArgumentException} naming the path.
 */
final class SetOperation {

    private final DeviceView device;

    SetOperation(DeviceView device) {
        this.device = device;
    }

    SetResponse apply(SetRequest request) {
        if (request.getDeleteCount() > 0) {
            throw new IllegalArgumentException("set " + GnmiPaths.render(GnmiPaths.join(request.getPrefix(),
                    request.getDelete(0))) + ": delete is not supported");
        }
        List<Change> changes = new ArrayList<>();
        SetResponse.Builder response = SetResponse.newBuilder().setPrefix(request.getPrefix());
        for (Update u : request.getReplaceList()) {
            changes.add(change(request.getPrefix(), u));
            response.addResponse(UpdateResult.newBuilder().setPath(u.getPath()).setOp(UpdateResult.Operation.REPLACE));
        }
        for (Update u : request.getUpdateList()) {
            changes.add(change(request.getPrefix(), u));
            response.addResponse(UpdateResult.newBuilder().setPath(u.getPath()).setOp(UpdateResult.Operation.UPDATE));
        }
        List<Leaf> before = device.device().leaves();
        List<Change> applied = new ArrayList<>();
        for (Change c : changes) {
            try {
                device.device().configure(c.path(), c.value());
                applied.add(c);
            } catch (IllegalArgumentException e) {
                restore(applied, before);
                throw new IllegalArgumentException("set " + c.path() + ": " + e.getMessage(), e);
            }
        }
        return response.setTimestamp(device.device().clockNanos()).build();
    }

    private void restore(List<Change> applied, List<Leaf> before) {
        for (int i = applied.size() - 1; i >= 0; i--) {
            String path = applied.get(i).path();
            for (Leaf leaf : before) {
                if (leaf.path().equals(path)) {
                    try {
                        device.device().configure(path, leaf.value());
                    } catch (IllegalArgumentException e) {
                        // the device refuses its own former value: nothing better to do
                    }
                }
            }
        }
    }

    private static Change change(Path prefix, Update update) {
        Path full = GnmiPaths.join(prefix, update.getPath());
        String path = GnmiPaths.render(full);
        if (full.getElemCount() == 0 || GnmiPaths.emptyElement(full) >= 0) {
            throw new IllegalArgumentException("set " + path + ": not a leaf path");
        }
        return new Change(path, value(path, update.getVal()));
    }

    static LeafValue value(String path, TypedValue v) {
        switch (v.getValueCase()) {
            case STRING_VAL: return new LeafValue.Text(v.getStringVal());
            case ASCII_VAL: return new LeafValue.Text(v.getAsciiVal());
            case BOOL_VAL: return new LeafValue.Flag(v.getBoolVal());
            case INT_VAL: return new LeafValue.Gauge(v.getIntVal());
            case UINT_VAL: return new LeafValue.Gauge(unsigned(v.getUintVal()));
            case FLOAT_VAL: return new LeafValue.Gauge(v.getFloatVal());
            case DOUBLE_VAL: return new LeafValue.Gauge(v.getDoubleVal());
            case DECIMAL_VAL: return new LeafValue.Gauge(v.getDecimalVal().getDigits()
                    / Math.pow(10, v.getDecimalVal().getPrecision()));
            case JSON_VAL: return json(path, v.getJsonVal().toString(StandardCharsets.UTF_8));
            case JSON_IETF_VAL: return json(path, v.getJsonIetfVal().toString(StandardCharsets.UTF_8));
            default: throw new IllegalArgumentException("set " + path + ": value "
                    + v.getValueCase().name().toLowerCase(java.util.Locale.ROOT) + " is not supported");
        }
    }

    private static double unsigned(long bits) {
        return bits >= 0 ? bits : (bits >>> 1) * 2.0 + (bits & 1);
    }

    /** A JSON scalar: a quoted string, true/false, or a number. */
    private static LeafValue json(String path, String text) {
        String t = text.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            return new LeafValue.Text(t.substring(1, t.length() - 1));
        }
        if ("true".equals(t) || "false".equals(t)) {
            return new LeafValue.Flag(Boolean.parseBoolean(t));
        }
        try {
            return new LeafValue.Gauge(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("set " + path + ": JSON value is not a scalar");
        }
    }

    private record Change(String path, LeafValue value) {
    }
}
