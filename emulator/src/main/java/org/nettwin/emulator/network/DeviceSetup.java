package org.nettwin.emulator.network;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nettwin.emulator.device.DeviceRole;
import org.nettwin.emulator.flaw.DeviceFlaws;
import org.nettwin.emulator.flaw.SeededWireFlaws;
import org.nettwin.model.topology.Cell;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeKind;
import org.nettwin.sim.random.RandomStream;

/**
 * Makes the devices of a network model: routers, switches and hosts become {@link DeviceRole#ROUTER}s, gNBs
 * {@link DeviceRole#RADIO_SITE}s with one {@link DeviceRole#CELL} per cell ({@code <gnb>/<cell>}), core and edge
 * nodes {@link DeviceRole#SERVER}s hosting the functions in their {@code functions} attribute (else upf, amf for a
 * core and app for an edge). Each node gets its clock and a boot time 1 to 30 days before the start.
 */
final class DeviceSetup {

    private static final long DAY = Duration.ofDays(1).toNanos();

    private DeviceSetup() {
    }

    static void build(NetworkModel model) {
        Fabric fabric = model.fabric;
        EmulatorSettings settings = model.settings;
        long start = model.trueNanosAt(0);
        for (int n = 0; n < fabric.nodeCount(); n++) {
            Node node = fabric.nodes[n];
            String id = node.id().value();
            DeviceFlaws flaws = settings.flawsOf(id);
            model.clocks[n] = new DeviceClock(flaws.clockOffset(), flaws.driftPpm(), start);
            RandomStream random = RandomStream.of(SeededWireFlaws.streamSeed(settings.seed(), "boot:" + id));
            long uptime = DAY + (long) (random.nextDouble() * 29 * DAY);
            model.bootNanos[n] = model.clocks[n].read(start - uptime);
            SeededWireFlaws wire = SeededWireFlaws.of(flaws, settings.seed(), id);
            NodeKind kind = node.kind();
            if (kind == NodeKind.CORE || kind == NodeKind.EDGE) {
                ServerDevice server = new ServerDevice(model, n, wire, functions(node), cpus(node));
                model.servers[n] = server;
                model.devices.put(id, server);
            } else {
                DeviceRole role = kind == NodeKind.GNB ? DeviceRole.RADIO_SITE : DeviceRole.ROUTER;
                RouterDevice router = new RouterDevice(model, n, role, wire, flaws.counterBitsOr(settings.counterBits()));
                model.routers[n] = router;
                model.devices.put(id, router);
                addCells(model, n);
            }
        }
    }

    private static void addCells(NetworkModel model, int n) {
        List<Cell> cells = model.fabric.nodes[n].cells();
        double total = 0;
        for (Cell c : cells) {
            total += c.peakDownlink().bitsPerSecond();
        }
        for (Cell c : cells) {
            double share = total > 0 ? c.peakDownlink().bitsPerSecond() / total : 1.0 / cells.size();
            String id = model.fabric.nodes[n].id().value() + "/" + c.id();
            SeededWireFlaws wire = SeededWireFlaws.of(model.settings.flawsOf(id), model.settings.seed(), id);
            model.devices.put(id, new CellDevice(model, n, c, share, wire));
        }
    }

    private static String[] functions(Node node) {
        List<String> out = new ArrayList<>();
        for (String f : node.attribute("functions").orElse("").split(",")) {
            if (!f.isBlank()) {
                out.add(f.strip().toLowerCase(Locale.ROOT));
            }
        }
        if (out.isEmpty()) {
            out.addAll(node.kind() == NodeKind.CORE ? List.of("upf", "amf") : List.of("app"));
        }
        return out.toArray(new String[0]);
    }

    private static int cpus(Node node) {
        try {
            int cpus = Integer.parseInt(node.attribute("cpus").orElse("8").strip());
            return cpus >= 1 && cpus <= 1024 ? cpus : 8;
        } catch (NumberFormatException e) {
            return 8;
        }
    }
}
