package org.nettwin.emulator.network;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenConfig paths routers and radio sites report (keys in brackets, as the gNMI decoder renders them), and the
 * three configurable ones: an interface's {@code config/enabled}, its OSPFv2 metric and nettwin's shaping rate.
 */
final class OpenConfigPaths {

    static final String CPU = "/components/component[name=CPU0]/cpu/utilization/state/instant";
    static final String MEMORY_UTILIZED = "/components/component[name=chassis]/state/memory/utilized";
    static final String MEMORY_AVAILABLE = "/components/component[name=chassis]/state/memory/available";
    static final String BOOT_TIME = "/system/state/boot-time";
    static final String OSPF = "/network-instances/network-instance[name=default]/protocols/protocol[identifier=OSPF]"
            + "[name=ospf]/ospfv2/areas/area[identifier=0.0.0.0]/interfaces/interface[id=";
    static final String[] COUNTERS = {"in-octets", "out-octets", "in-pkts", "out-pkts", "in-discards", "out-discards",
        "in-errors", "out-errors", "in-unicast-pkts", "in-multicast-pkts", "in-broadcast-pkts", "out-unicast-pkts",
        "out-multicast-pkts", "out-broadcast-pkts", "in-fcs-errors", "in-unknown-protos"};

    private static final Pattern ENABLED = Pattern.compile("/interfaces/interface\\[name=([^\\]]+)]/config/enabled");
    private static final Pattern METRIC = Pattern.compile(Pattern.quote(OSPF) + "([^\\]]+)]/config/metric");
    private static final Pattern SHAPING =
            Pattern.compile("/qos/interfaces/interface\\[interface-id=([^\\]]+)]/output/config/nettwin-shaping-rate");

    private OpenConfigPaths() {
    }

    static String iface(String name, String rest) {
        return "/interfaces/interface[name=" + name + "]/" + rest;
    }

    static String counter(String name, String counter) {
        return iface(name, "state/counters/" + counter);
    }

    static String queueDrops(String name) {
        return "/qos/interfaces/interface[interface-id=" + name + "]/output/queues/queue[name=BE]/state/dropped-pkts";
    }

    static String shaping(String name, String container) {
        return "/qos/interfaces/interface[interface-id=" + name + "]/output/" + container + "/nettwin-shaping-rate";
    }

    static String metric(String name, String container) {
        return OSPF + name + "]/" + container + "/metric";
    }

    /** The configurable leaf a path names; null when it names none. */
    static Configurable parse(String path) {
        Matcher m = ENABLED.matcher(path);
        if (m.matches()) {
            return new Configurable(Kind.ENABLED, m.group(1));
        }
        m = METRIC.matcher(path);
        if (m.matches()) {
            return new Configurable(Kind.METRIC, m.group(1));
        }
        m = SHAPING.matcher(path);
        if (m.matches()) {
            return new Configurable(Kind.SHAPING, m.group(1));
        }
        return null;
    }

    /** What a configurable path sets. */
    enum Kind {
        ENABLED,
        METRIC,
        SHAPING
    }

    /** A configurable leaf of one interface. */
    record Configurable(Kind kind, String iface) {
    }
}
