package org.nettwin.model.format.graphml;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code <node>} or {@code <edge>} as it appears in the file, before keys are resolved: its XML attributes,
 * its {@code <data>} texts by key id and (for yEd nodes) the text of the first {@code y:NodeLabel}.
 */
final class GraphmlElement {

    private final String id;
    private final String source;
    private final String target;
    private final int line;
    private final Map<String, String> data = new LinkedHashMap<>();
    private String drawnLabel = "";

    private GraphmlElement(String id, String source, String target, int line) {
        this.id = id;
        this.source = source;
        this.target = target;
        this.line = line;
    }

    static GraphmlElement node(String id, int line) {
        return new GraphmlElement(id, "", "", line);
    }

    static GraphmlElement edge(String id, String source, String target, int line) {
        return new GraphmlElement(id, source, target, line);
    }

    /** The {@code id} attribute; for an edge without one, the {@code e<k>} name given by its position. */
    String id() {
        return id;
    }

    String source() {
        return source;
    }

    String target() {
        return target;
    }

    int line() {
        return line;
    }

    /** Text of each {@code <data>} child by key id (the last one wins when a key repeats). */
    Map<String, String> data() {
        return data;
    }

    void putData(String key, String text) {
        data.put(key, text);
    }

    /** The yEd label text, when the node has a non-blank one. */
    Optional<String> drawnLabel() {
        return drawnLabel.isBlank() ? Optional.empty() : Optional.of(drawnLabel.strip());
    }

    void drawnLabel(String text) {
        this.drawnLabel = text;
    }
}
