package org.nettwin.model.format.graphml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.nettwin.model.format.Format;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.NetworkFile;
import org.nettwin.model.format.parse.Excerpt;
import org.nettwin.model.format.parse.Decimal;
import org.nettwin.model.format.parse.FileStem;
import org.nettwin.model.format.parse.Propagation;
import org.nettwin.model.network.Network;
import org.nettwin.model.topology.CapacitySource;
import org.nettwin.model.topology.Coordinates;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.NodeKind;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;

/**
 * Turns a scanned {@link GraphmlDocument} into a network: resolves data by key {@code attr.name} (never by key id),
 * names nodes, checks edge ends, drops self-loops with a warning and gives every link a unique id, a capacity
 * and a fibre delay.
 */
final class GraphmlAssembly {

    /** Capacity when neither {@code LinkSpeedRaw} nor a label says anything. */
    static final DataRate DEFAULT_CAPACITY = DataRate.ofGbps(1);

    private final InputFile file;
    private final GraphmlDocument doc;
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Node> nodes = new LinkedHashMap<>();

    GraphmlAssembly(InputFile file, GraphmlDocument doc) {
        this.file = file;
        this.doc = doc;
    }

    NetworkFile assemble() throws FormatException {
        noteIgnoredElements();
        for (GraphmlElement raw : doc.nodes) {
            Node node = node(raw);
            if (nodes.putIfAbsent(raw.id(), node) != null) {
                throw error(raw, "duplicate node id " + raw.id());
            }
        }
        List<Link> links = links();
        try {
            Topology topology = Topology.of(name(), nodes.values(), links);
            return NetworkFile.of(Format.GRAPHML, Network.of(topology), warnings);
        } catch (IllegalArgumentException e) {
            throw new FormatException(file.name(), "", Excerpt.message(String.valueOf(e.getMessage())));
        }
    }

    private void noteIgnoredElements() {
        if (doc.nestedElements > 0) {
            warn(doc.nestedElements + " nodes/edges of nested graphs ignored");
        }
        if (doc.hyperedges > 0) {
            warn(doc.hyperedges + " hyperedges ignored");
        }
        if (doc.extraGraphs > 0) {
            warn(doc.extraGraphs + " further top-level graphs ignored; only the first is read");
        }
    }

    private String name() {
        for (Map.Entry<String, String> data : doc.graphData.entrySet()) {
            GraphmlKey key = doc.keys.get(data.getKey());
            if (key != null && key.name().orElse("").equals("Network") && !data.getValue().isBlank()) {
                return data.getValue();
            }
        }
        return FileStem.of(file.name());
    }

    /** Resolved data of an element: attribute name to trimmed, non-empty text, key defaults first. */
    private Map<String, String> attributes(GraphmlElement raw, String kind) {
        Map<String, String> out = new LinkedHashMap<>();
        for (GraphmlKey key : doc.keys.values()) {
            if (key.name().isPresent() && key.defaultValue().isPresent() && key.appliesTo(kind)) {
                putText(out, key.name().get(), key.defaultValue().get());
            }
        }
        for (Map.Entry<String, String> data : raw.data().entrySet()) {
            GraphmlKey key = doc.keys.get(data.getKey());
            if (key != null && key.name().isPresent()) {
                putText(out, key.name().get(), data.getValue());
            }
        }
        return out;
    }

    private static void putText(Map<String, String> out, String name, String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            out.remove(name);
        } else {
            out.put(name, value);
        }
    }

    private Node node(GraphmlElement raw) throws FormatException {
        Map<String, String> attributes = attributes(raw, "node");
        String name = raw.drawnLabel().orElse(attributes.getOrDefault("label", raw.id()));
        try {
            return new Node(NodeId.of(raw.id()), name, NodeKind.ROUTER, coordinates(raw, attributes), List.of(),
                    attributes);
        } catch (IllegalArgumentException e) {
            throw error(raw, "node " + raw.id() + ": " + e.getMessage());
        }
    }

    private Optional<Coordinates> coordinates(GraphmlElement raw, Map<String, String> attributes) {
        String lat = attributes.get("Latitude");
        String lon = attributes.get("Longitude");
        if (lat == null || lon == null) {
            return Optional.empty();
        }
        OptionalDouble latitude = Decimal.parse(lat);
        OptionalDouble longitude = Decimal.parse(lon);
        if (latitude.isPresent() && longitude.isPresent() && Math.abs(latitude.getAsDouble()) <= 90
                && Math.abs(longitude.getAsDouble()) <= 180) {
            return Optional.of(Coordinates.geographic(longitude.getAsDouble(), latitude.getAsDouble()));
        }
        warn("node " + raw.id() + " has unusable Latitude/Longitude (" + lat + ", " + lon + "); no coordinates");
        return Optional.empty();
    }

    private List<Link> links() throws FormatException {
        EdgeNames names = new EdgeNames(doc.edges);
        List<Link> links = new ArrayList<>(doc.edges.size());
        for (int k = 0; k < doc.edges.size(); k++) {
            GraphmlElement raw = doc.edges.get(k);
            String id = names.name(k);
            for (String end : List.of(raw.source(), raw.target())) {
                if (!nodes.containsKey(end)) {
                    throw error(raw, "edge " + id + " references unknown node " + end);
                }
            }
            if (raw.source().equals(raw.target())) {
                warn("edge " + id + " (" + raw.source() + "-" + raw.target() + ") is a self-loop; dropped");
                continue;
            }
            links.add(link(raw, id));
        }
        if (names.renamed() > 0) {
            warn(names.renamed() + " edges repeated an earlier edge id and were renamed e<k>");
        }
        return links;
    }

    private Link link(GraphmlElement raw, String id) throws FormatException {
        Map<String, String> attributes = attributes(raw, "edge");
        String label = attributes.getOrDefault("label", attributes.getOrDefault("LinkLabel", ""));
        Link.Builder builder = Link.between(LinkId.of(id), NodeId.of(raw.source()), NodeId.of(raw.target()));
        capacity(raw, id, attributes, label, builder);
        if (!label.isEmpty()) {
            attributes.putIfAbsent("label", label);
        }
        attributes.forEach(builder::attribute);
        Node a = nodes.get(raw.source());
        Node b = nodes.get(raw.target());
        try {
            return builder.delay(Propagation.fibreDelay(a.coordinates(), b.coordinates())).metric(1).build();
        } catch (IllegalArgumentException e) {
            throw error(raw, "edge " + id + ": " + e.getMessage());
        }
    }

    private void capacity(GraphmlElement raw, String id, Map<String, String> attributes, String label,
                          Link.Builder builder) throws FormatException {
        String speed = attributes.get("LinkSpeedRaw");
        if (speed != null) {
            OptionalDouble bps = Decimal.parse(speed);
            if (bps.isPresent() && bps.getAsDouble() < 0) {
                throw error(raw, "edge " + id + " has negative LinkSpeedRaw " + speed);
            }
            if (bps.isPresent()) {
                builder.capacity(DataRate.ofBps(bps.getAsDouble()), CapacitySource.STATED);
                return;
            }
            warn("edge " + id + " has non-numeric LinkSpeedRaw '" + speed + "'; ignored");
        }
        Optional<DataRate> labelled = LabelRates.parse(label);
        if (labelled.isPresent()) {
            builder.capacity(labelled.get(), CapacitySource.LABEL);
        } else {
            builder.capacity(DEFAULT_CAPACITY, CapacitySource.DEFAULT);
        }
    }

    private void warn(String text) {
        warnings.add(file.name() + ": " + Excerpt.message(text));
    }

    private FormatException error(GraphmlElement raw, String problem) {
        return new FormatException(file.name(), raw.line(), Excerpt.message(problem));
    }

    /** Unique link ids: the edge's own id when it has an unrepeated one, else {@code e<k>} made unique. */
    private static final class EdgeNames {
        private final List<GraphmlElement> edges;
        private final Set<String> explicit = new HashSet<>();
        private final Map<String, Integer> firstUse = new HashMap<>();
        private final Set<String> used = new HashSet<>();
        private int renamed;

        EdgeNames(List<GraphmlElement> edges) {
            this.edges = edges;
            for (int k = 0; k < edges.size(); k++) {
                String id = edges.get(k).id();
                if (!id.isBlank() && firstUse.putIfAbsent(id, k) == null) {
                    explicit.add(id);
                }
            }
        }

        String name(int k) {
            String id = edges.get(k).id();
            if (!id.isBlank() && firstUse.get(id) == k) {
                used.add(id);
                return id;
            }
            renamed += id.isBlank() ? 0 : 1;
            String name = "e" + k;
            for (int n = 2; explicit.contains(name) || used.contains(name); n++) {
                name = "e" + k + "-" + n;
            }
            used.add(name);
            return name;
        }

        int renamed() {
            return renamed;
        }
    }
}
