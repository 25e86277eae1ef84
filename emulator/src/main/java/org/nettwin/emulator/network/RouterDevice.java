package org.nettwin.emulator.network;

import java.util.ArrayList;
import java.util.List;
import org.nettwin.emulator.device.DeviceRole;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.emulator.device.WireFlaws;

/**
 * A router, switch, host or radio site served over gNMI: OpenConfig interface counters and state per link end, QoS
 * queue drops, the OSPFv2 metric, nettwin's shaping rate, CPU, memory and boot time. Counters are wrapped at the
 * device's width ({@code bits}).
 */
final class RouterDevice extends DeviceBase {

    private static final double MEMORY_BYTES = 16L << 30;

    private final int bits;

    RouterDevice(NetworkModel model, int node, DeviceRole role, WireFlaws flaws, int bits) {
        super(model, node, model.fabric.nodes[node].id().value(), role, flaws);
        this.bits = bits;
    }

    @Override
    public List<Leaf> leaves() {
        synchronized (model) {
            Fabric fabric = model.fabric;
            List<Leaf> out = new ArrayList<>(20 * fabric.interfacesOf[node].length + 4);
            for (int arc : fabric.interfacesOf[node]) {
                interfaceLeaves(arc, out);
            }
            double cpu = model.cpuPercent(node);
            out.add(Leaf.of(OpenConfigPaths.CPU, new LeafValue.Gauge(cpu)));
            double used = MEMORY_BYTES * (0.35 + 0.002 * cpu);
            out.add(Leaf.of(OpenConfigPaths.MEMORY_UTILIZED, new LeafValue.Gauge(Math.rint(used))));
            out.add(Leaf.of(OpenConfigPaths.MEMORY_AVAILABLE, new LeafValue.Gauge(Math.rint(MEMORY_BYTES - used))));
            out.add(Leaf.of(OpenConfigPaths.BOOT_TIME, new LeafValue.Counter(model.bootNanos[node], 64)));
            return out;
        }
    }

    private void interfaceLeaves(int arc, List<Leaf> out) {
        Fabric fabric = model.fabric;
        Counters c = model.counters;
        String name = fabric.interfaceName[arc];
        long inPkts = c.value(arc, Counters.IN_PKTS);
        long outPkts = c.value(arc, Counters.OUT_PKTS);
        long inErrors = c.value(arc, Counters.IN_ERRORS);
        long[] values = {c.value(arc, Counters.IN_OCTETS), c.value(arc, Counters.OUT_OCTETS), inPkts, outPkts, 0,
            c.value(arc, Counters.OUT_DISCARDS), inErrors, 0,
            inPkts - multicast(inPkts) - broadcast(inPkts), multicast(inPkts), broadcast(inPkts),
            outPkts - multicast(outPkts) - broadcast(outPkts), multicast(outPkts), broadcast(outPkts), inErrors, 0};
        for (int k = 0; k < values.length; k++) {
            out.add(Leaf.of(OpenConfigPaths.counter(name, OpenConfigPaths.COUNTERS[k]), counter(values[k])));
        }
        out.add(operStatus(arc));
        out.add(Leaf.of(OpenConfigPaths.iface(name, "config/enabled"), new LeafValue.Flag(model.controls.enabled[arc])));
        out.add(Leaf.of(OpenConfigPaths.iface(name, "state/high-speed"),
                new LeafValue.Gauge(fabric.capacityBps[arc] / 1e6)));
        out.add(Leaf.of(OpenConfigPaths.iface(name, "state/description"), new LeafValue.Text("link="
                + fabric.links[arc >> 1].id().value() + " peer=" + fabric.nodes[fabric.head[arc]].id().value())));
        out.add(Leaf.of(OpenConfigPaths.queueDrops(name), counter(c.value(arc, Counters.OUT_DISCARDS))));
        out.add(Leaf.of(OpenConfigPaths.metric(name, "state"), new LeafValue.Gauge(model.controls.metric[arc >> 1])));
        out.add(Leaf.of(OpenConfigPaths.shaping(name, "state"), new LeafValue.Gauge(model.controls.shapingBps[arc])));
    }

    /** The multicast share of a packet count: a fixed 0.2 % (routing protocols, streaming), so it stays monotone. */
    private static long multicast(long packets) {
        return packets / 500;
    }

    /** The broadcast share of a packet count: a fixed 0.05 % (ARP and the like). */
    private static long broadcast(long packets) {
        return packets / 2000;
    }

    /** The oper-status leaf of interface {@code arc} as it is now. */
    Leaf operStatus(int arc) {
        boolean up = model.controls.linkUp(arc >> 1, model.now);
        return Leaf.of(OpenConfigPaths.iface(model.fabric.interfaceName[arc], "state/oper-status"),
                new LeafValue.Text(up ? "UP" : "DOWN"));
    }

    private LeafValue.Counter counter(long exact) {
        return new LeafValue.Counter(bits == 64 ? exact : exact & 0xFFFF_FFFFL, bits);
    }

    @Override
    public void configure(String path, LeafValue value) {
        OpenConfigPaths.Configurable target = path == null ? null : OpenConfigPaths.parse(path);
        if (target == null || value == null) {
            super.configure(String.valueOf(path), value);
        }
        synchronized (model) {
            int arc = model.fabric.interfaceOf(node, target.iface());
            if (arc < 0) {
                throw new IllegalArgumentException(id() + ": " + path + " names interface " + target.iface()
                        + ", which this device does not have");
            }
            model.configure(this, arc, target.kind(), path, value);
        }
    }
}
