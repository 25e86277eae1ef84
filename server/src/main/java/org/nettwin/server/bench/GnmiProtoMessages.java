package org.nettwin.server.bench;

import java.util.ArrayList;
import java.util.List;
import org.nettwin.telemetry.gnmi.proto.Notification;
import org.nettwin.telemetry.gnmi.proto.Path;
import org.nettwin.telemetry.gnmi.proto.PathElem;
import org.nettwin.telemetry.gnmi.proto.SubscribeResponse;
import org.nettwin.telemetry.gnmi.proto.TypedValue;
import org.nettwin.telemetry.gnmi.proto.Update;

/**
 * Synthetic gNMI SubscribeResponse messages in protobuf wire form, as a router streams them: per device and second
 * one notification (prefix origin/target) of interface counters (uint) and CPU gauges (double), fresh values and
 * timestamps every second.
 */
final class GnmiProtoMessages {

    private static final long S = 1_000_000_000L;
    private static final String[] COUNTERS = {"in-octets", "out-octets", "in-pkts", "out-pkts", "in-discards",
        "out-discards", "in-errors", "out-errors", "in-unicast-pkts"};

    private GnmiProtoMessages() {
    }

    static List<byte[]> of(int devices, int leaves, int seconds, long t0) {
        List<Path> paths = new ArrayList<>();
        for (int k = 0; k < leaves; k++) {
            paths.add(path(k));
        }
        List<byte[]> out = new ArrayList<>(devices * seconds);
        for (int sec = 0; sec < seconds; sec++) {
            for (int d = 0; d < devices; d++) {
                Notification.Builder n = Notification.newBuilder()
                        .setTimestamp(t0 + sec * S + 300_000_000L + (d % 7) * 1_000_000L)
                        .setPrefix(Path.newBuilder().setOrigin("openconfig").setTarget("device-" + d));
                for (int k = 0; k < leaves; k++) {
                    TypedValue v = k % 10 == 9 ? TypedValue.newBuilder().setDoubleVal(30 + (k + sec) % 7 + 0.5).build()
                            : TypedValue.newBuilder().setUintVal((long) sec * (1_000 + k) * 125_000L + k).build();
                    n.addUpdate(Update.newBuilder().setPath(paths.get(k)).setVal(v));
                }
                out.add(SubscribeResponse.newBuilder().setUpdate(n).build().toByteArray());
            }
        }
        return out;
    }

    private static Path path(int k) {
        Path.Builder p = Path.newBuilder();
        if (k % 10 == 9) {
            p.addElem(elem("components")).addElem(PathElem.newBuilder().setName("component").putKey("name", "CPU" + k))
                    .addElem(elem("cpu")).addElem(elem("utilization")).addElem(elem("state")).addElem(elem("instant"));
        } else {
            p.addElem(elem("interfaces")).addElem(PathElem.newBuilder().setName("interface").putKey("name", "eth" + k / 10))
                    .addElem(elem("state")).addElem(elem("counters")).addElem(elem(COUNTERS[k % 10]));
        }
        return p.build();
    }

    private static PathElem elem(String name) {
        return PathElem.newBuilder().setName(name).build();
    }
}
