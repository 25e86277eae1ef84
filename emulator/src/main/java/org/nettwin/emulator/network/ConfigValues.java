package org.nettwin.emulator.network;

import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;

/**
 * Validates and applies a configured value: {@code config/enabled} takes a flag (false takes the link down both
 * ways), the OSPFv2 metric an integer in [1, 16777215] (the link's metric, both directions: traffic reroutes), the
 * shaping rate a number of bit/s >= 0 (0 = no shaping) that caps the interface's egress.
 */
final class ConfigValues {

    private static final long MAX_METRIC = 16_777_215;

    private ConfigValues() {
    }

    static void apply(NetworkModel model, RouterDevice device, int arc, OpenConfigPaths.Kind kind, String path,
                      LeafValue value) {
        Controls controls = model.controls;
        if (kind == OpenConfigPaths.Kind.ENABLED) {
            if (!(value instanceof LeafValue.Flag flag)) {
                throw wrongType(device, path, "a flag (true/false)", value);
            }
            controls.enabled[arc] = flag.value();
            controls.routesChanged = true;
        } else if (kind == OpenConfigPaths.Kind.METRIC) {
            double m = number(device, path, value);
            if (m != Math.rint(m) || m < 1 || m > MAX_METRIC) {
                throw new IllegalArgumentException(device.id() + ": " + path + " must be an integer in [1, " + MAX_METRIC
                        + "], got " + m);
            }
            controls.metric[arc >> 1] = (int) m;
            controls.routesChanged = true;
        } else {
            double rate = number(device, path, value);
            if (rate < 0 || Double.isInfinite(rate)) {
                throw new IllegalArgumentException(device.id() + ": " + path + " must be a rate >= 0 bit/s, got " + rate);
            }
            controls.shapingBps[arc] = rate;
        }
        device.fire(new Leaf(path, java.util.Map.of(), value));
        model.notifyOperChanges();
    }

    private static double number(RouterDevice device, String path, LeafValue value) {
        if (value instanceof LeafValue.Gauge g && !Double.isNaN(g.value())) {
            return g.value();
        }
        if (value instanceof LeafValue.Counter c && c.value() >= 0) {
            return c.value();
        }
        throw wrongType(device, path, "a number", value);
    }

    private static IllegalArgumentException wrongType(RouterDevice device, String path, String expected,
                                                      LeafValue value) {
        return new IllegalArgumentException(device.id() + ": " + path + " takes " + expected + ", got " + value);
    }
}
