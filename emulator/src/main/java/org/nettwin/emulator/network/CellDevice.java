package org.nettwin.emulator.network;

import java.util.List;
import org.nettwin.emulator.device.DeviceRole;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.emulator.device.WireFlaws;
import org.nettwin.model.topology.Cell;

/**
 * One radio cell of a gNB, published over MQTT as JSON fields. The gNB's downlink (traffic terminating at it) and
 * uplink (traffic leaving it) are split over its cells in proportion to their peak rates and capped by them; PRB
 * utilisation is the cell's down plus up throughput over its peak (the synthetic traffic keeps a gNB at most at
 * 70 % of its cells' peak at the diurnal peak, so cells fill only in bursts and surges), connected UEs grow with
 * throughput, and CQI falls as the cell fills. The cell shares its gNB's clock and is reachable when the gNB is.
 */
final class CellDevice extends DeviceBase {

    private final Cell cell;
    private final double share;

    CellDevice(NetworkModel model, int gnb, Cell cell, double share, WireFlaws flaws) {
        super(model, gnb, model.fabric.nodes[gnb].id().value() + "/" + cell.id(), DeviceRole.CELL, flaws);
        this.cell = cell;
        this.share = share;
    }

    @Override
    public List<Leaf> leaves() {
        synchronized (model) {
            double peak = cell.peakDownlink().bitsPerSecond();
            boolean up = model.controls.nodeUp(node, model.now);
            double dl = up ? Math.min(peak, share * model.flows.terminating[node]) : 0;
            double ul = up ? Math.min(peak, share * model.flows.originated[node]) : 0;
            double prb = peak > 0 ? Math.min(100, 100 * (dl + ul) / peak) : 0;
            long ues = up ? 5 + Math.round((dl + ul) / 5e6) : 0;
            long cqi = Math.max(1, Math.min(15, Math.round(14 - 8 * prb / 100)));
            return List.of(
                    Leaf.of("prb_utilisation", new LeafValue.Gauge(prb)),
                    Leaf.of("connected_ues", new LeafValue.Gauge(ues)),
                    Leaf.of("dl_throughput_bps", new LeafValue.Gauge(dl)),
                    Leaf.of("ul_throughput_bps", new LeafValue.Gauge(ul)),
                    Leaf.of("cqi", new LeafValue.Gauge(cqi)));
        }
    }

    Cell cell() {
        return cell;
    }
}
