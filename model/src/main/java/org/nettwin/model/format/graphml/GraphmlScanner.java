package org.nettwin.model.format.graphml;

import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.parse.Excerpt;
import org.nettwin.model.format.parse.SecureXml;

/**
 * One streaming StAX pass over a GraphML file. Only the first top-level {@code <graph>} is read; elements of
 * nested graphs are counted and left out. Elements are matched by local name in the root's namespace (the
 * GraphML namespace, or none), so yEd's {@code y:} elements never pass for GraphML ones.
 */
final class GraphmlScanner {

    private static final int NONE = -1;

    private final InputFile file;
    private final XMLStreamReader xml;
    private final GraphmlDocument doc = new GraphmlDocument();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder label = new StringBuilder();
    private String rootNamespace = "";
    private int depth;
    private int graphDepth = NONE;
    private boolean graphRead;
    private GraphmlElement element;
    private int elementDepth = NONE;
    private int textDepth = NONE;
    private String dataKey = "";
    private int labelDepth = NONE;
    private String[] key;
    private int keyDepth = NONE;

    GraphmlScanner(InputFile file, XMLStreamReader xml) {
        this.file = file;
        this.xml = xml;
    }

    GraphmlDocument scan() throws FormatException, XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                start();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end();
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                characters();
            }
        }
        if (!graphRead) {
            throw new FormatException(file.name(), "", "no <graph> element in <graphml>");
        }
        return doc;
    }

    private void start() throws FormatException {
        String local = xml.getLocalName();
        if (depth == 1) {
            if (!local.equals("graphml")) {
                throw error("root element is <" + local + ">, expected <graphml>");
            }
            rootNamespace = namespace();
            return;
        }
        if (element != null && labelDepth == NONE && local.equals("NodeLabel") && element.drawnLabel().isEmpty()) {
            labelDepth = depth;
            label.setLength(0);
            return;
        }
        if (!namespace().equals(rootNamespace)) {
            return;
        }
        switch (local) {
            case "key" -> startKey();
            case "default" -> startDefault();
            case "graph" -> startGraph();
            case "node", "edge" -> startElement(local);
            case "hyperedge" -> doc.hyperedges += inTopGraph() ? 1 : 0;
            case "data" -> startData();
            default -> {
                // Ports, descriptions and tool-specific elements carry nothing the model uses.
            }
        }
    }

    private void startKey() {
        if (depth != 2) {
            return;
        }
        key = new String[] {attribute("id"), attribute("attr.name"), attribute("for"), null};
        keyDepth = depth;
    }

    private void startDefault() {
        if (key != null && depth == keyDepth + 1) {
            textDepth = depth;
            text.setLength(0);
        }
    }

    private void startGraph() {
        if (depth == 2 && !graphRead) {
            graphDepth = depth;
            graphRead = true;
        } else if (depth == 2) {
            doc.extraGraphs++;
        }
    }

    private boolean inTopGraph() {
        return graphDepth != NONE && depth == graphDepth + 1;
    }

    private void startElement(String kind) throws FormatException {
        if (!inTopGraph()) {
            doc.nestedElements += graphRead ? 1 : 0;
            return;
        }
        int line = SecureXml.line(xml);
        String id = attribute("id");
        if (kind.equals("node")) {
            if (id.isBlank()) {
                throw error("<node> without an id attribute");
            }
            element = GraphmlElement.node(id, line);
        } else {
            String name = id.isBlank() ? "e" + doc.edges.size() : id;
            String source = attribute("source");
            String target = attribute("target");
            if (source.isBlank() || target.isBlank()) {
                throw error("edge " + name + " has no " + (source.isBlank() ? "source" : "target") + " attribute");
            }
            element = GraphmlElement.edge(id.isBlank() ? "" : id, source, target, line);
        }
        elementDepth = depth;
    }

    private void startData() {
        boolean graphLevel = inTopGraph();
        boolean elementLevel = element != null && depth == elementDepth + 1;
        if (graphLevel || elementLevel) {
            dataKey = attribute("key");
            textDepth = depth;
            text.setLength(0);
        }
    }

    private void characters() {
        if (labelDepth != NONE) {
            label.append(xml.getText());
        } else if (depth == textDepth) {
            text.append(xml.getText());
        }
    }

    private void end() {
        if (depth == labelDepth) {
            element.drawnLabel(label.toString());
            labelDepth = NONE;
        } else if (depth == textDepth) {
            endText();
        } else if (depth == elementDepth) {
            (element.source().isEmpty() ? doc.nodes : doc.edges).add(element);
            element = null;
            elementDepth = NONE;
        } else if (depth == keyDepth) {
            Optional<String> name = key[1].isBlank() ? Optional.empty() : Optional.of(key[1]);
            doc.keys.put(key[0], new GraphmlKey(key[0], name, key[2], Optional.ofNullable(key[3])));
            key = null;
            keyDepth = NONE;
        } else if (depth == graphDepth) {
            graphDepth = NONE;
        }
    }

    private void endText() {
        textDepth = NONE;
        if (key != null) {
            key[3] = text.toString();
        } else if (element != null) {
            element.putData(dataKey, text.toString());
        } else {
            doc.graphData.put(dataKey, text.toString());
        }
    }

    private String namespace() {
        String ns = xml.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    private String attribute(String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    private FormatException error(String problem) {
        return new FormatException(file.name(), SecureXml.line(xml), Excerpt.message(problem));
    }
}
