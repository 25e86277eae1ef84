package org.nettwin.model.format.sndlib;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.parse.Excerpt;
import org.nettwin.model.format.parse.Decimal;
import org.nettwin.model.format.parse.SecureXml;
import org.nettwin.model.format.sndlib.SndlibDraft.DraftDemand;
import org.nettwin.model.format.sndlib.SndlibDraft.DraftLink;
import org.nettwin.model.format.sndlib.SndlibDraft.DraftModule;
import org.nettwin.model.format.sndlib.SndlibDraft.DraftNode;

/**
 * One streaming StAX pass over an SNDlib XML file into an {@link SndlibDraft}. Elements are recognised by local
 * name and parent ({@code nodes/node}, {@code links/link}, {@code demands/demand}, ...); everything else, such as
 * admissible paths, is read past.
 */
final class XmlScanner {

    /** The SNDlib XML namespace. */
    static final String NAMESPACE = "http://sndlib.zib.de/network";

    private final InputFile file;
    private final XMLStreamReader xml;
    private final SndlibDraft draft;
    private final Deque<String> path = new ArrayDeque<>();
    private Entry entry;

    XmlScanner(InputFile file, XMLStreamReader xml, SndlibDraft draft) {
        this.file = file;
        this.xml = xml;
        this.draft = draft;
    }

    /** The element being read: a node, link or demand, with the parts seen so far. */
    private static final class Entry {
        final String kind;
        final String id;
        final int line;
        final int depth;
        final Map<String, String> parts = new LinkedHashMap<>();
        final List<DraftModule> modules = new ArrayList<>();
        double preInstalled;
        boolean hasPreInstalled;
        double moduleCapacity = Double.NaN;
        double moduleCost;

        Entry(String kind, String id, int line, int depth) {
            this.kind = kind;
            this.id = id;
            this.line = line;
            this.depth = depth;
        }
    }

    void scan() throws FormatException, XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                start(xml.getLocalName());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end(path.pop());
            }
        }
    }

    private void start(String local) throws FormatException, XMLStreamException {
        String parent = path.isEmpty() ? "" : path.peek();
        if (path.isEmpty()) {
            root(local);
        } else if (isLeaf(local, parent)) {
            leaf(local, parent, xml.getElementText());
            return;
        } else if (local.equals("nodes")) {
            draft.planar = "pixel".equalsIgnoreCase(attribute("coordinatesType"));
        } else if (local.equals("node") || local.equals("link") || local.equals("demand")) {
            open(local, parent);
        } else if (local.equals("preInstalledModule") && parent.equals("link") && entry != null) {
            entry.hasPreInstalled = true;
        } else if (local.equals("addModule") && entry != null) {
            entry.moduleCapacity = Double.NaN;
            entry.moduleCost = 0;
        }
        path.push(local);
    }

    private void root(String local) throws FormatException {
        if (!local.equals("network")) {
            throw error("root element is <" + local + ">, expected <network>");
        }
        if (!NAMESPACE.equals(xml.getNamespaceURI())) {
            draft.warnings.add(file.name() + ": root <network> is not in namespace " + NAMESPACE);
        }
    }

    private boolean isLeaf(String local, String parent) {
        switch (local) {
            case "x":
            case "y":
                return parent.equals("coordinates") && entry != null;
            case "source":
            case "target":
            case "routingCost":
            case "setupCost":
            case "demandValue":
                return entry != null && parent.equals(entry.kind);
            case "capacity":
            case "cost":
                return entry != null && (parent.equals("preInstalledModule") || parent.equals("addModule"));
            case "unit":
                return parent.equals("meta");
            default:
                return false;
        }
    }

    private void leaf(String local, String parent, String text) throws FormatException {
        if (local.equals("unit")) {
            unit(text);
        } else if (local.equals("source") || local.equals("target")) {
            entry.parts.put(local, text.strip());
        } else if (parent.equals("preInstalledModule")) {
            double value = number(text, entry.kind + " " + entry.id + " pre-installed " + local);
            if (local.equals("capacity")) {
                entry.preInstalled += value;
            } else {
                entry.parts.put("preInstalledModuleCost", Decimal.format(value));
            }
        } else if (parent.equals("addModule")) {
            double value = number(text, entry.kind + " " + entry.id + " module " + local);
            if (local.equals("capacity")) {
                entry.moduleCapacity = value;
            } else {
                entry.moduleCost = value;
            }
        } else {
            entry.parts.put(local, Decimal.format(number(text, entry.kind + " " + entry.id + " " + local)));
        }
    }

    private void unit(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        draft.unit = SndlibUnit.of(name).orElse(SndlibUnit.MBITPERSEC);
        if (SndlibUnit.of(name).isEmpty()) {
            draft.warnings.add(file.name() + ": line " + SecureXml.line(xml) + ": "
                    + Excerpt.message("unknown unit '" + text.strip() + "'; assuming MBITPERSEC"));
        }
    }

    /** Starts a node, link or demand; one anywhere but in its list would silently change the counts, so it is refused. */
    private void open(String kind, String parent) throws FormatException {
        if (entry != null) {
            throw error("<" + kind + "> inside " + entry.kind + " " + entry.id);
        }
        if (!parent.equals(kind + "s")) {
            throw error("<" + kind + "> outside <" + kind + "s>");
        }
        String id = attribute("id");
        if (id.isBlank()) {
            throw error("<" + kind + "> without an id attribute");
        }
        entry = new Entry(kind, id, SecureXml.line(xml), path.size());
    }

    private void end(String local) throws FormatException {
        if (entry == null) {
            return;
        }
        if (local.equals("addModule")) {
            if (Double.isNaN(entry.moduleCapacity)) {
                throw error("link " + entry.id + ": <addModule> without <capacity>");
            }
            entry.modules.add(new DraftModule(entry.moduleCapacity, entry.moduleCost));
        } else if (local.equals(entry.kind) && path.size() == entry.depth) {
            finish();
            entry = null;
        }
    }

    private void finish() throws FormatException {
        if (entry.kind.equals("node")) {
            boolean hasX = entry.parts.containsKey("x");
            if (hasX != entry.parts.containsKey("y")) {
                throw entryError("node " + entry.id + " has only one of <x> and <y>");
            }
            double x = hasX ? Double.parseDouble(entry.parts.get("x")) : 0;
            double y = hasX ? Double.parseDouble(entry.parts.get("y")) : 0;
            draft.nodes.add(new DraftNode(entry.id, hasX, x, y, entry.line));
            return;
        }
        String source = entry.parts.remove("source");
        String target = entry.parts.remove("target");
        if (source == null || target == null || source.isEmpty() || target.isEmpty()) {
            String missing = source == null || source.isEmpty() ? "source" : "target";
            throw entryError(entry.kind + " " + entry.id + " has no <" + missing + ">");
        }
        if (entry.kind.equals("link")) {
            OptionalDouble capacity =
                    entry.hasPreInstalled ? OptionalDouble.of(entry.preInstalled) : OptionalDouble.empty();
            draft.links.add(new DraftLink(entry.id, source, target, capacity, entry.modules, entry.parts, entry.line));
        } else {
            String value = entry.parts.get("demandValue");
            if (value == null) {
                throw entryError("demand " + entry.id + " has no <demandValue>");
            }
            draft.demands.add(new DraftDemand(entry.id, source, target, Double.parseDouble(value), entry.line));
        }
    }

    private double number(String text, String what) throws FormatException {
        OptionalDouble value = Decimal.parse(text);
        if (value.isEmpty()) {
            throw error(what + " '" + text.strip() + "' is not a number");
        }
        return value.getAsDouble();
    }

    private String attribute(String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    private FormatException entryError(String problem) {
        return new FormatException(file.name(), entry.line, Excerpt.message(problem));
    }

    private FormatException error(String problem) {
        return new FormatException(file.name(), SecureXml.line(xml), Excerpt.message(problem));
    }
}
