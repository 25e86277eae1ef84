package org.nettwin.model.format.sndlib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.nettwin.model.format.Format;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.NetworkFile;
import org.nettwin.model.format.parse.Excerpt;
import org.nettwin.model.format.parse.Decimal;
import org.nettwin.model.format.parse.FileStem;
import org.nettwin.model.format.parse.Propagation;
import org.nettwin.model.format.sndlib.SndlibDraft.DraftDemand;
import org.nettwin.model.format.sndlib.SndlibDraft.DraftLink;
import org.nettwin.model.format.sndlib.SndlibDraft.DraftModule;
import org.nettwin.model.format.sndlib.SndlibDraft.DraftNode;
import org.nettwin.model.network.Network;
import org.nettwin.model.topology.CapacitySource;
import org.nettwin.model.topology.Coordinates;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.NodeKind;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;

/**
 * Turns an {@link SndlibDraft} into a network, checking what both SNDlib formats must satisfy: unique node, link
 * and demand ids, known ends, non-negative capacities and demand values. Self-loop links and demands are dropped
 * with a warning. Coordinates are geographic when every node's pair can be longitude/latitude, planar otherwise.
 */
final class SndlibAssembly {

    private final InputFile file;
    private final SndlibDraft draft;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Integer> nodeLines = new HashMap<>();

    SndlibAssembly(InputFile file, SndlibDraft draft) {
        this.file = file;
        this.draft = draft;
    }

    NetworkFile assemble(Format format) throws FormatException {
        boolean geographic = !draft.planar && draft.nodes.stream()
                .allMatch(n -> !n.located() || Math.abs(n.x()) <= 180 && Math.abs(n.y()) <= 90);
        for (DraftNode n : draft.nodes) {
            Integer first = nodeLines.putIfAbsent(n.id(), n.line());
            if (first != null) {
                throw error(n.line(), "duplicate node id " + n.id() + " (first at line " + first + ")");
            }
            nodes.put(n.id(), node(n, geographic));
        }
        List<Link> links = links();
        TrafficMatrix demands = demands();
        String name = draft.name.isBlank() ? FileStem.of(file.name()) : draft.name;
        try {
            Network network = Network.of(Topology.of(name, nodes.values(), links)).withDemands(demands);
            return NetworkFile.of(format, network, draft.warnings);
        } catch (IllegalArgumentException e) {
            throw new FormatException(file.name(), "", Excerpt.message(String.valueOf(e.getMessage())));
        }
    }

    private Node node(DraftNode n, boolean geographic) throws FormatException {
        try {
            Node node = Node.of(n.id(), NodeKind.ROUTER);
            if (!n.located()) {
                return node;
            }
            Coordinates where = geographic ? Coordinates.geographic(n.x(), n.y()) : Coordinates.planar(n.x(), n.y());
            return node.withCoordinates(where);
        } catch (IllegalArgumentException e) {
            throw error(n.line(), "node " + n.id() + ": " + e.getMessage());
        }
    }

    private List<Link> links() throws FormatException {
        Map<String, Integer> lines = new HashMap<>();
        List<Link> links = new ArrayList<>(draft.links.size());
        for (DraftLink l : draft.links) {
            Integer first = lines.putIfAbsent(l.id(), l.line());
            if (first != null) {
                throw error(l.line(), "duplicate link id " + l.id() + " (first at line " + first + ")");
            }
            requireNode(l.source(), l.line(), "link " + l.id());
            requireNode(l.target(), l.line(), "link " + l.id());
            if (l.source().equals(l.target())) {
                warn("link " + l.id() + " (" + l.source() + "-" + l.target() + ") is a self-loop; dropped");
                continue;
            }
            links.add(link(l));
        }
        return links;
    }

    private Link link(DraftLink l) throws FormatException {
        try {
            Link.Builder builder = Link.between(l.id(), l.source(), l.target());
            if (l.capacity().isPresent()) {
                builder.capacity(rate(l.capacity().getAsDouble(), l.line(), "link " + l.id() + " capacity"),
                        CapacitySource.STATED);
            } else {
                builder.capacity(DataRate.ZERO, CapacitySource.DEFAULT);
            }
            if (!l.modules().isEmpty()) {
                builder.attribute("modules", modules(l.modules()));
            }
            l.costs().forEach(builder::attribute);
            Optional<Coordinates> a = nodes.get(l.source()).coordinates();
            Optional<Coordinates> b = nodes.get(l.target()).coordinates();
            return builder.delay(Propagation.fibreDelay(a, b)).metric(1).build();
        } catch (IllegalArgumentException e) {
            throw error(l.line(), "link " + l.id() + ": " + e.getMessage());
        }
    }

    /** {@code capacity:cost} pairs with capacities in Mbit/s whatever the file's unit, e.g. {@code 40000.0:133.0}. */
    private String modules(List<DraftModule> modules) {
        StringJoiner out = new StringJoiner(" ");
        double toMbps = draft.unit.bitsPerSecond() / 1e6;
        for (DraftModule m : modules) {
            out.add(Decimal.format(m.capacity() * toMbps) + ":" + Decimal.format(m.cost()));
        }
        return out.toString();
    }

    private TrafficMatrix demands() throws FormatException {
        Map<String, Integer> lines = new HashMap<>();
        List<Demand> demands = new ArrayList<>(draft.demands.size());
        for (DraftDemand d : draft.demands) {
            Integer first = lines.putIfAbsent(d.id(), d.line());
            if (first != null) {
                throw error(d.line(), "duplicate demand id " + d.id() + " (first at line " + first + ")");
            }
            requireNode(d.source(), d.line(), "demand " + d.id());
            requireNode(d.target(), d.line(), "demand " + d.id());
            if (d.source().equals(d.target())) {
                warn("demand " + d.id() + " starts and ends at " + d.source() + "; dropped");
                continue;
            }
            DataRate rate = rate(d.value(), d.line(), "demand " + d.id() + " value");
            demands.add(new Demand(d.id(), NodeId.of(d.source()), NodeId.of(d.target()), rate));
        }
        return new TrafficMatrix(demands);
    }

    private DataRate rate(double value, int line, String what) throws FormatException {
        double bps = value * draft.unit.bitsPerSecond();
        if (value < 0) {
            throw error(line, what + " is negative (" + Decimal.format(value) + ")");
        }
        if (!Double.isFinite(bps)) {
            throw error(line, what + " is too large (" + Decimal.format(value) + ")");
        }
        return DataRate.ofBps(bps);
    }

    private void requireNode(String id, int line, String who) throws FormatException {
        if (!nodes.containsKey(id)) {
            throw error(line, who + " references unknown node " + id);
        }
    }

    private void warn(String text) {
        draft.warnings.add(file.name() + ": " + Excerpt.message(text));
    }

    private FormatException error(int line, String problem) {
        return new FormatException(file.name(), line, Excerpt.message(problem));
    }
}
