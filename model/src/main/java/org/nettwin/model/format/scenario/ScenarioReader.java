package org.nettwin.model.format.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.nettwin.model.format.Format;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.NetworkFile;
import org.nettwin.model.format.NetworkReader;
import org.nettwin.model.format.json.JsonValue;
import org.nettwin.model.format.json.JsonValueParser;
import org.nettwin.model.network.Network;
import org.nettwin.model.scenario.Flow;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.scenario.ScenarioEvent;
import org.nettwin.model.scenario.SimulationSettings;
import org.nettwin.model.topology.CapacitySource;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.NodeKind;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;

/**
 * Reads the scenario JSON of spec/scenario-format.md into a {@link Scenario} (in {@link NetworkFile#scenario()})
 * and a {@link Network} whose demands are the flows. Validates everything before anything runs: required fields,
 * types, ranges, ids and references, and that every flow has a route at the start of the run.
 * Scalar fields of nodes and links that the format does not define (e.g. {@code note}) become attributes.
 */
public final class ScenarioReader implements NetworkReader {

    /** The fields of a node and a link that the format defines; other scalar fields become attributes. */
    static final Set<String> NODE_FIELDS = Set.of("id", "name", "kind");
    static final Set<String> LINK_FIELDS = Set.of("id", "a", "b", "rate_bps", "delay_s", "queue_packets", "metric");

    private static final int HEAD_BYTES = 1 << 20;
    private static final Pattern NETTWIN_MARK = Pattern.compile("\"format\"\\s*:\\s*\"nettwin-topology/");

    private final JsonValueParser parser = new JsonValueParser();

    @Override
    public Format format() {
        return Format.SCENARIO;
    }

    /** A JSON object mentioning {@code "links"} and {@code "flows"} or {@code "simulation"}, not a nettwin topology. */
    @Override
    public boolean recognises(InputFile file) {
        String head = file.head(HEAD_BYTES);
        String start = head.startsWith("\u00EF\u00BB\u00BF") ? head.substring(3) : head;
        return start.strip().startsWith("{") && head.contains("\"links\"")
                && (head.contains("\"flows\"") || head.contains("\"simulation\""))
                && !NETTWIN_MARK.matcher(head).find();
    }

    @Override
    public NetworkFile read(InputFile file) throws FormatException {
        List<String> warnings = new ArrayList<>();
        Scenario scenario = readScenario(file, warnings);
        List<Demand> demands = new ArrayList<>(scenario.flows().size());
        for (Flow f : scenario.flows()) {
            demands.add(new Demand(f.id(), f.source(), f.destination(), f.rate()));
        }
        Network network = new Network(scenario.topology(), new TrafficMatrix(demands), List.of());
        return new NetworkFile(Format.SCENARIO, network, Optional.of(scenario), warnings);
    }

    /** Reads only the scenario, dropping the warnings. */
    public Scenario readScenario(InputFile file) throws FormatException {
        return readScenario(file, new ArrayList<>());
    }

    private Scenario readScenario(InputFile file, List<String> warnings) throws FormatException {
        JsonValue root = parser.parse(file).asObject("a scenario");
        String name = root.string("name", stem(file.name()));
        String description = root.string("description", "");
        SimulationSettings settings = settings(root.required("simulation").asObject("simulation")
                .labelled("simulation"), warnings);
        Topology topology = topology(name, root, warnings);
        ScenarioTraffic traffic = new ScenarioTraffic(topology);
        List<Flow> flows = traffic.flows(root.optionalArray("flows"));
        List<ScenarioEvent> events = new ArrayList<>();
        Optional<JsonValue> failed = root.field("failed_link");
        if (failed.isPresent()) {
            JsonValue f = failed.get().labelled("failed_link");
            events.add(new ScenarioEvent.LinkDown(Duration.ZERO, traffic.link(f, "failed_link")));
        }
        events.addAll(traffic.events(root.optionalArray("events")));
        events.sort((x, y) -> x.at().compareTo(y.at()));
        traffic.requireRoutes(flows, events);
        try {
            return new Scenario(name, description, settings, topology, flows, events);
        } catch (IllegalArgumentException e) {
            throw root.error(e.getMessage());
        }
    }

    private static SimulationSettings settings(JsonValue sim, List<String> warnings) throws FormatException {
        JsonValue durationValue = sim.required("duration_s");
        Duration duration = durationValue.asSeconds("duration_s");
        if (duration.isNegative() || duration.isZero()) {
            throw durationValue.error("duration_s must be > 0, got " + durationValue.describe());
        }
        Duration drain = Duration.ZERO;
        Optional<JsonValue> drainValue = sim.field("drain_s");
        if (drainValue.isPresent()) {
            drain = drainValue.get().asSeconds("drain_s");
            if (drain.isNegative()) {
                throw drainValue.get().error("drain_s must be >= 0, got " + drainValue.get().describe());
            }
        }
        Optional<JsonValue> seedValue = sim.field("seed");
        long seed = seedValue.isPresent() ? seedValue.get().asLong("seed") : 1;
        return new SimulationSettings(duration, drain, seed, replications(sim, warnings));
    }

    private static int replications(JsonValue sim, List<String> warnings) throws FormatException {
        Optional<JsonValue> value = sim.field("replications");
        if (value.isEmpty()) {
            return 1;
        }
        JsonValue r = value.get();
        if (!r.isInteger()) {
            // spec/scenario-format.md: a non-integer value (the anchor files' notes) means 1; nothing to warn about.
            return 1;
        }
        long n = r.asLong("replications");
        if (n < 1 || n > Integer.MAX_VALUE) {
            throw r.error("replications must be an integer >= 1, got " + r.describe());
        }
        return (int) n;
    }

    private static Topology topology(String name, JsonValue root, List<String> warnings) throws FormatException {
        List<Node> nodes = new ArrayList<>();
        Set<NodeId> nodeIds = new HashSet<>();
        List<JsonValue> nodeItems = root.array("nodes");
        for (int i = 0; i < nodeItems.size(); i++) {
            Node n = node(nodeItems.get(i).labelled("nodes[" + i + "]"));
            if (!nodeIds.add(n.id())) {
                throw nodeItems.get(i).labelled("node " + n.id()).error("duplicate node id " + n.id());
            }
            nodes.add(n);
        }
        List<Link> links = new ArrayList<>();
        Set<LinkId> linkIds = new HashSet<>();
        List<JsonValue> linkItems = root.array("links");
        for (int i = 0; i < linkItems.size(); i++) {
            Optional<Link> read = link(linkItems.get(i).labelled("links[" + i + "]"), i, nodeIds, warnings);
            if (read.isEmpty()) {
                continue;
            }
            Link l = read.get();
            if (!linkIds.add(l.id())) {
                throw linkItems.get(i).labelled("link " + l.id()).error("duplicate link id " + l.id());
            }
            links.add(l);
        }
        try {
            return Topology.of(name, nodes, links);
        } catch (IllegalArgumentException e) {
            throw root.error(e.getMessage());
        }
    }

    private static Node node(JsonValue item) throws FormatException {
        JsonValue n = item.asObject("a node");
        String id = n.id("id");
        n = n.labelled("node " + id);
        String nodeName = n.string("name", id);
        NodeKind kind = NodeKind.ROUTER;
        Optional<JsonValue> kindValue = n.field("kind");
        if (kindValue.isPresent()) {
            String text = kindValue.get().asString("kind");
            kind = NodeKind.ofFileName(text).orElseThrow(() -> kindValue.get().error("unknown kind \"" + text
                    + "\" (router, host, gnb, core, edge or switch)"));
        }
        try {
            return new Node(NodeId.of(id), nodeName, kind, Optional.empty(), List.of(), extras(n, NODE_FIELDS));
        } catch (IllegalArgumentException e) {
            throw n.error(e.getMessage());
        }
    }

    private static Optional<Link> link(JsonValue item, int index, Set<NodeId> nodes, List<String> warnings)
            throws FormatException {
        JsonValue l = item.asObject("a link");
        Optional<JsonValue> idValue = l.field("id");
        String id = idValue.isPresent() ? idValue.get().asId("id") : String.valueOf(index);
        l = l.labelled("link " + id);
        NodeId a = end(l, "a", nodes);
        NodeId b = end(l, "b", nodes);
        if (a.equals(b)) {
            // spec/cli.md: self-loops are left out with a warning (a point-to-point link needs two ends).
            warnings.add("link " + id + " is a self-loop on node " + a + "; dropped");
            return Optional.empty();
        }
        JsonValue rateValue = l.required("rate_bps");
        double rate = rateValue.asNumber("rate_bps");
        if (!(rate > 0)) {
            throw rateValue.error("rate_bps must be > 0, got " + rateValue.describe());
        }
        JsonValue delayValue = l.required("delay_s");
        Duration delay = delayValue.asSeconds("delay_s");
        if (delay.isNegative()) {
            throw delayValue.error("delay_s must be >= 0, got " + delayValue.describe());
        }
        int queue = l.integer("queue_packets", Link.DEFAULT_QUEUE_PACKETS);
        if (queue < 0) {
            throw l.required("queue_packets").error("queue_packets must be >= 0, got " + queue);
        }
        int metric = l.integer("metric", 1);
        if (metric < 1) {
            throw l.required("metric").error("metric must be >= 1, got " + metric);
        }
        try {
            return Optional.of(new Link(LinkId.of(id), a, b, DataRate.ofBps(rate), CapacitySource.STATED, delay, metric,
                    queue, extras(l, LINK_FIELDS)));
        } catch (IllegalArgumentException e) {
            throw l.error(e.getMessage());
        }
    }

    private static NodeId end(JsonValue link, String field, Set<NodeId> nodes) throws FormatException {
        JsonValue v = link.required(field);
        NodeId id = NodeId.of(v.asId(field));
        if (!nodes.contains(id)) {
            throw v.error("unknown node " + id);
        }
        return id;
    }

    /** The scalar fields the format does not define, as text, in file order. */
    private static Map<String, String> extras(JsonValue element, Set<String> known) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : element.fieldNames()) {
            if (!known.contains(name)) {
                element.field(name).flatMap(JsonValue::scalarText).ifPresent(text -> out.put(name, text));
            }
        }
        return out;
    }

    /** The file name without directories and extension, as the default scenario name. */
    private static String stem(String fileName) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
