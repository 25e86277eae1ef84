package org.nettwin.model.format.nettwin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
import org.nettwin.model.slice.SlaTarget;
import org.nettwin.model.slice.Slice;
import org.nettwin.model.slice.SliceType;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;

/**
 * Reads nettwin's own topology format ({@code "format": "nettwin-topology/1"}) into a {@link Network}: nodes
 * with kinds, coordinates, cells and attributes; links with capacity, its source, delay, metric and queue;
 * demands; slices with SLA targets. Every problem is a one-line {@link FormatException} naming line and element.
 */
public final class NettwinReader implements NetworkReader {

    /** The value of the {@code format} field this reader accepts. */
    public static final String FORMAT = "nettwin-topology/1";

    private static final int HEAD_BYTES = 64 * 1024;
    private static final Pattern MARK = Pattern.compile("\"format\"\\s*:\\s*\"nettwin-topology/");

    private final JsonValueParser parser = new JsonValueParser();

    @Override
    public Format format() {
        return Format.NETTWIN;
    }

    /** A JSON object whose head carries {@code "format": "nettwin-topology/..."}. */
    @Override
    public boolean recognises(InputFile file) {
        String head = file.head(HEAD_BYTES);
        String start = head.startsWith("\u00EF\u00BB\u00BF") ? head.substring(3) : head;
        return start.strip().startsWith("{") && MARK.matcher(head).find();
    }

    @Override
    public NetworkFile read(InputFile file) throws FormatException {
        return NetworkFile.of(Format.NETTWIN, readNetwork(file), List.of());
    }

    /** Reads the network alone. */
    public Network readNetwork(InputFile file) throws FormatException {
        JsonValue root = parser.parse(file).asObject("a nettwin topology");
        JsonValue formatValue = root.required("format");
        String format = formatValue.asString("format");
        if (!FORMAT.equals(format)) {
            throw formatValue.error(format.startsWith("nettwin-topology/") ? "unsupported format version \"" + format
                    + "\" (this reader reads " + FORMAT + ")" : "not a nettwin topology: format is \"" + format + "\"");
        }
        String name = root.string("name");
        Topology topology = new NettwinTopologyReader().topology(name, root);
        List<Demand> demands = demands(root.optionalArray("demands"), topology);
        TrafficMatrix matrix = new TrafficMatrix(demands);
        List<Slice> slices = slices(root.optionalArray("slices"), matrix, topology);
        try {
            return new Network(topology, matrix, slices);
        } catch (IllegalArgumentException e) {
            throw root.error(e.getMessage());
        }
    }

    private static List<Demand> demands(List<JsonValue> items, Topology topology) throws FormatException {
        List<Demand> out = new ArrayList<>(items.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            JsonValue d = items.get(i).labelled("demands[" + i + "]").asObject("a demand");
            String id = d.id("id");
            d = d.labelled("demand " + id);
            if (!ids.add(id)) {
                throw d.error("duplicate demand id " + id);
            }
            NodeId origin = NettwinTopologyReader.node(d.required("origin"), "origin", topology);
            NodeId destination = NettwinTopologyReader.node(d.required("destination"), "destination", topology);
            if (origin.equals(destination)) {
                throw d.required("destination").error("origin and destination are the same node " + origin);
            }
            DataRate rate = NettwinTopologyReader.rate(d.required("rate_bps"), "rate_bps");
            out.add(new Demand(id, origin, destination, rate));
        }
        return out;
    }

    private static List<Slice> slices(List<JsonValue> items, TrafficMatrix demands, Topology topology)
            throws FormatException {
        List<Slice> out = new ArrayList<>(items.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            JsonValue s = items.get(i).labelled("slices[" + i + "]").asObject("a slice");
            String id = s.id("id");
            s = s.labelled("slice " + id);
            if (!ids.add(id)) {
                throw s.error("duplicate slice id " + id);
            }
            SliceType type = sliceType(s.required("type"));
            Optional<JsonValue> slaValue = s.optionalObject("sla");
            SlaTarget sla = slaValue.isPresent() ? sla(slaValue.get()) : SlaTarget.NONE;
            List<NodeId> endpoints = new ArrayList<>();
            for (JsonValue v : s.optionalArray("endpoints")) {
                endpoints.add(NettwinTopologyReader.node(v, "endpoint", topology));
            }
            List<String> demandIds = new ArrayList<>();
            for (JsonValue v : s.optionalArray("demands")) {
                String demand = v.asId("demand");
                if (demands.demand(demand).isEmpty()) {
                    throw v.error("unknown demand " + demand);
                }
                demandIds.add(demand);
            }
            out.add(new Slice(id, type, sla, endpoints, demandIds));
        }
        return out;
    }

    private static SliceType sliceType(JsonValue v) throws FormatException {
        String text = v.asString("type");
        for (SliceType t : SliceType.values()) {
            if (t.name().toLowerCase(Locale.ROOT).equals(text)) {
                return t;
            }
        }
        throw v.error("unknown slice type \"" + text + "\" (embb, urllc, mmtc or custom)");
    }

    private static SlaTarget sla(JsonValue sla) throws FormatException {
        SlaTarget target = SlaTarget.NONE;
        Optional<JsonValue> latency = sla.field("max_latency_s");
        if (latency.isPresent()) {
            Duration d = latency.get().asSeconds("max_latency_s");
            if (d.isNegative() || d.isZero()) {
                throw latency.get().error("max_latency_s must be > 0, got " + latency.get().describe());
            }
            target = target.withMaxLatency(d);
        }
        Optional<JsonValue> loss = sla.field("max_loss_ratio");
        if (loss.isPresent()) {
            target = target.withMaxLossRatio(fraction(loss.get(), "max_loss_ratio"));
        }
        Optional<JsonValue> throughput = sla.field("min_throughput_bps");
        if (throughput.isPresent()) {
            target = target.withMinThroughput(NettwinTopologyReader.rate(throughput.get(), "min_throughput_bps"));
        }
        Optional<JsonValue> availability = sla.field("min_availability");
        if (availability.isPresent()) {
            target = target.withMinAvailability(fraction(availability.get(), "min_availability"));
        }
        return target;
    }

    private static double fraction(JsonValue v, String what) throws FormatException {
        double d = v.asNumber(what);
        if (d < 0 || d > 1) {
            throw v.error(what + " must be within 0..1, got " + v.describe());
        }
        return d;
    }
}
