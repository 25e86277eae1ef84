package org.nettwin.model.format.nettwin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.json.JsonValue;
import org.nettwin.model.topology.CapacitySource;
import org.nettwin.model.topology.Cell;
import org.nettwin.model.topology.Coordinates;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.NodeKind;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;

/** Reads the nodes and links of a nettwin topology file into a {@link Topology}. */
final class NettwinTopologyReader {

    private final Set<NodeId> nodeIds = new HashSet<>();

    Topology topology(String name, JsonValue root) throws FormatException {
        List<Node> nodes = new ArrayList<>();
        List<JsonValue> nodeItems = root.array("nodes");
        for (int i = 0; i < nodeItems.size(); i++) {
            nodes.add(node(nodeItems.get(i).labelled("nodes[" + i + "]").asObject("a node")));
        }
        List<Link> links = new ArrayList<>();
        Set<LinkId> linkIds = new HashSet<>();
        List<JsonValue> linkItems = root.array("links");
        for (int i = 0; i < linkItems.size(); i++) {
            JsonValue l = linkItems.get(i).labelled("links[" + i + "]").asObject("a link");
            LinkId id = LinkId.of(l.id("id"));
            l = l.labelled("link " + id);
            if (!linkIds.add(id)) {
                throw l.error("duplicate link id " + id);
            }
            links.add(link(l, id));
        }
        try {
            return Topology.of(name, version(root), nodes, links);
        } catch (IllegalArgumentException e) {
            throw root.error(e.getMessage());
        }
    }

    private static long version(JsonValue root) throws FormatException {
        java.util.Optional<JsonValue> v = root.field("version");
        if (v.isEmpty()) {
            return 1;
        }
        long version = v.get().asLong("version");
        if (version < 1) {
            throw v.get().error("version must be >= 1, got " + version);
        }
        return version;
    }

    private Node node(JsonValue item) throws FormatException {
        NodeId id = NodeId.of(item.id("id"));
        JsonValue n = item.labelled("node " + id);
        if (!nodeIds.add(id)) {
            throw n.error("duplicate node id " + id);
        }
        String name = n.string("name", id.value());
        NodeKind kind = NodeKind.ROUTER;
        Optional<JsonValue> kindValue = n.field("kind");
        if (kindValue.isPresent()) {
            String text = kindValue.get().asString("kind");
            kind = NodeKind.ofFileName(text).orElseThrow(() -> kindValue.get().error("unknown kind \"" + text
                    + "\" (router, switch, host, gnb, core or edge)"));
        }
        Optional<JsonValue> where = n.optionalObject("coordinates");
        Optional<Coordinates> coordinates = where.isPresent() ? Optional.of(coordinates(where.get())) : Optional.empty();
        List<Cell> cells = cells(n.optionalArray("cells"));
        if (!cells.isEmpty() && kind != NodeKind.GNB) {
            throw n.required("cells").error("only a gnb has cells, but this node is a " + kind.fileName());
        }
        try {
            return new Node(id, name, kind, coordinates, cells, attributes(n));
        } catch (IllegalArgumentException e) {
            throw n.error(e.getMessage());
        }
    }

    private static Coordinates coordinates(JsonValue c) throws FormatException {
        double x = c.number("x");
        double y = c.number("y");
        String system = c.string("system", "geographic");
        Coordinates.CoordinateSystem parsed;
        if ("geographic".equals(system)) {
            parsed = Coordinates.CoordinateSystem.GEOGRAPHIC;
        } else if ("planar".equals(system)) {
            parsed = Coordinates.CoordinateSystem.PLANAR;
        } else {
            throw c.required("system").error("unknown coordinate system \"" + system + "\" (geographic or planar)");
        }
        try {
            return new Coordinates(x, y, parsed);
        } catch (IllegalArgumentException e) {
            throw c.error(e.getMessage());
        }
    }

    private static List<Cell> cells(List<JsonValue> items) throws FormatException {
        List<Cell> cells = new ArrayList<>(items.size());
        Set<String> ids = new HashSet<>();
        for (JsonValue item : items) {
            JsonValue c = item.asObject("a cell");
            String id = c.id("id");
            c = c.labelled(c.label() + ": cell " + id);
            if (!ids.add(id)) {
                throw c.error("duplicate cell id " + id);
            }
            String band = c.string("band");
            JsonValue bandwidth = c.required("bandwidth_mhz");
            int mhz = bandwidth.asInt("bandwidth_mhz");
            if (mhz <= 0) {
                throw bandwidth.error("bandwidth_mhz must be > 0, got " + mhz);
            }
            cells.add(new Cell(id, band, mhz, rate(c.required("peak_downlink_bps"), "peak_downlink_bps")));
        }
        return cells;
    }

    private Link link(JsonValue l, LinkId id) throws FormatException {
        NodeId a = node(l.required("a"), "a", nodeIds);
        NodeId b = node(l.required("b"), "b", nodeIds);
        if (a.equals(b)) {
            throw l.required("b").error("a and b are the same node " + a);
        }
        DataRate capacity = rate(l.required("capacity_bps"), "capacity_bps");
        CapacitySource source = CapacitySource.STATED;
        Optional<JsonValue> sourceValue = l.field("capacity_source");
        if (sourceValue.isPresent()) {
            source = capacitySource(sourceValue.get());
        }
        Duration delay = Duration.ZERO;
        Optional<JsonValue> delayValue = l.field("delay_s");
        if (delayValue.isPresent()) {
            delay = delayValue.get().asSeconds("delay_s");
            if (delay.isNegative()) {
                throw delayValue.get().error("delay_s must be >= 0, got " + delayValue.get().describe());
            }
        }
        int metric = l.integer("metric", 1);
        if (metric < 1) {
            throw l.required("metric").error("metric must be >= 1, got " + metric);
        }
        int queue = l.integer("queue_packets", Link.DEFAULT_QUEUE_PACKETS);
        if (queue < 0) {
            throw l.required("queue_packets").error("queue_packets must be >= 0, got " + queue);
        }
        return new Link(id, a, b, capacity, source, delay, metric, queue, attributes(l));
    }

    private static CapacitySource capacitySource(JsonValue v) throws FormatException {
        String text = v.asString("capacity_source");
        for (CapacitySource s : CapacitySource.values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(text)) {
                return s;
            }
        }
        throw v.error("unknown capacity_source \"" + text + "\" (stated, label or default)");
    }

    private static Map<String, String> attributes(JsonValue element) throws FormatException {
        Optional<JsonValue> value = element.optionalObject("attributes");
        Map<String, String> out = new LinkedHashMap<>();
        if (value.isPresent()) {
            for (String key : value.get().fieldNames()) {
                Optional<JsonValue> v = value.get().field(key);
                if (v.isPresent()) {
                    out.put(key, v.get().asString("attribute \"" + key + "\""));
                }
            }
        }
        return out;
    }

    /** A reference to a known node. */
    static NodeId node(JsonValue v, String what, Topology topology) throws FormatException {
        NodeId id = NodeId.of(v.asId(what));
        if (!topology.contains(id)) {
            throw v.error("unknown node " + id);
        }
        return id;
    }

    private static NodeId node(JsonValue v, String what, Set<NodeId> known) throws FormatException {
        NodeId id = NodeId.of(v.asId(what));
        if (!known.contains(id)) {
            throw v.error("unknown node " + id);
        }
        return id;
    }

    /** A finite rate >= 0 in bit/s. */
    static DataRate rate(JsonValue v, String what) throws FormatException {
        double bps = v.asNumber(what);
        if (bps < 0) {
            throw v.error(what + " must be >= 0, got " + v.describe());
        }
        return DataRate.ofBps(bps);
    }
}
