package org.nettwin.testkit.topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An independent, deliberately naive reader of the shared topology files (a Java twin of
 * {@code shared/tools/topo_truth.py}): DOM for XML, regular expressions for SNDlib native, a JSON tree for scenarios.
 */
public final class ReferenceReader {

    private static final Pattern NATIVE_LINK = Pattern.compile("^\\s*(\\S+)\\s*\\(\\s*(\\S+)\\s+(\\S+)\\s*\\)\\s*(\\S+)");

    private ReferenceReader() {
    }

    /** Reads any supported file (chosen by name and a glance at the content). */
    public static ReferenceFacts read(Path path) throws Exception {
        String text = Files.readString(path, StandardCharsets.ISO_8859_1);
        String head = text.substring(0, Math.min(4096, text.length()));
        if (path.toString().endsWith(".json")) {
            return scenario(path);
        }
        if (head.contains("SNDlib native") || head.contains("NODES (")) {
            return sndlibNative(text);
        }
        if (head.contains("<network") && head.toLowerCase().contains("sndlib")) {
            return sndlibXml(path);
        }
        return graphml(path);
    }

    private static Document dom(Path path) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(path.toFile());
    }

    private static ReferenceFacts graphml(Path path) throws Exception {
        Document doc = dom(path);
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        NodeList keyList = doc.getElementsByTagNameNS("*", "key");
        for (int i = 0; i < keyList.getLength(); i++) {
            Element k = (Element) keyList.item(i);
            keys.put(k.getAttribute("id"), k.getAttribute("attr.name"));
        }
        Element graph = (Element) doc.getElementsByTagNameNS("*", "graph").item(0);
        List<String> nodes = new ArrayList<>();
        List<String[]> links = new ArrayList<>();
        double capacity = 0;
        boolean anyCapacity = false;
        for (org.w3c.dom.Node c = graph.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) {
                continue;
            }
            if (e.getLocalName().equals("node")) {
                nodes.add(e.getAttribute("id"));
            } else if (e.getLocalName().equals("edge") && !e.getAttribute("source").equals(e.getAttribute("target"))) {
                links.add(new String[] {e.getAttribute("source"), e.getAttribute("target")});
                NodeList data = e.getElementsByTagNameNS("*", "data");
                for (int i = 0; i < data.getLength(); i++) {
                    Element d = (Element) data.item(i);
                    if ("LinkSpeedRaw".equals(keys.get(d.getAttribute("key"))) && !d.getTextContent().isBlank()) {
                        capacity += Double.parseDouble(d.getTextContent().trim());
                        anyCapacity = true;
                    }
                }
            }
        }
        return ReferenceFacts.of(nodes, links, 0, anyCapacity ? Optional.of(capacity) : Optional.empty());
    }

    private static String section(String text, String name) {
        Matcher m = Pattern.compile(name + "\\s*\\((.*?)\\n\\)", Pattern.DOTALL).matcher(text);
        return m.find() ? m.group(1) : "";
    }

    private static List<String> entries(String section) {
        List<String> out = new ArrayList<>();
        for (String line : section.split("\n")) {
            String t = line.trim();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(t);
            }
        }
        return out;
    }

    private static ReferenceFacts sndlibNative(String text) {
        Matcher unit = Pattern.compile("unit\\s*=\\s*(\\w+)").matcher(text);
        double scale = unit.find() && unit.group(1).equalsIgnoreCase("GBITPERSEC") ? 1e9 : 1e6;
        List<String> nodes = entries(section(text, "NODES")).stream().map(l -> l.split("\\s+")[0]).toList();
        List<String[]> links = new ArrayList<>();
        double capacity = 0;
        for (String line : entries(section(text, "LINKS"))) {
            Matcher m = NATIVE_LINK.matcher(line);
            if (m.find() && !m.group(2).equals(m.group(3))) {
                links.add(new String[] {m.group(2), m.group(3)});
                capacity += Double.parseDouble(m.group(4)) * scale;
            }
        }
        int demands = text.contains("DEMANDS") ? entries(section(text, "DEMANDS")).size() : 0;
        return ReferenceFacts.of(nodes, links, demands, capacity > 0 ? Optional.of(capacity) : Optional.empty());
    }

    private static ReferenceFacts sndlibXml(Path path) throws Exception {
        Document doc = dom(path);
        List<String> nodes = new ArrayList<>();
        NodeList nodeList = doc.getElementsByTagNameNS("*", "node");
        for (int i = 0; i < nodeList.getLength(); i++) {
            nodes.add(((Element) nodeList.item(i)).getAttribute("id"));
        }
        List<String[]> links = new ArrayList<>();
        double capacity = 0;
        NodeList linkList = doc.getElementsByTagNameNS("*", "link");
        for (int i = 0; i < linkList.getLength(); i++) {
            Element l = (Element) linkList.item(i);
            String s = text(l, "source");
            String t = text(l, "target");
            if (!s.equals(t)) {
                links.add(new String[] {s, t});
                NodeList pre = l.getElementsByTagNameNS("*", "preInstalledModule");
                if (pre.getLength() > 0) {
                    capacity += Double.parseDouble(text((Element) pre.item(0), "capacity")) * 1e6;
                }
            }
        }
        int demands = doc.getElementsByTagNameNS("*", "demand").getLength();
        return ReferenceFacts.of(nodes, links, demands, capacity > 0 ? Optional.of(capacity) : Optional.empty());
    }

    private static String text(Element parent, String child) {
        return parent.getElementsByTagNameNS("*", child).item(0).getTextContent().trim();
    }

    private static ReferenceFacts scenario(Path path) throws IOException {
        JsonNode root = new ObjectMapper().readTree(path.toFile());
        List<String> nodes = new ArrayList<>();
        root.get("nodes").forEach(n -> nodes.add(n.get("id").asText()));
        List<String[]> links = new ArrayList<>();
        double capacity = 0;
        for (JsonNode l : root.get("links")) {
            if (!l.get("a").asText().equals(l.get("b").asText())) {
                links.add(new String[] {l.get("a").asText(), l.get("b").asText()});
                capacity += l.get("rate_bps").asDouble();
            }
        }
        int flows = root.has("flows") ? root.get("flows").size() : 0;
        return ReferenceFacts.of(nodes, links, flows, Optional.of(capacity));
    }
}
