package org.nettwin.model.format.graphml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parts of a GraphML file the reader uses, collected in one streaming pass and resolved afterwards. */
final class GraphmlDocument {

    final Map<String, GraphmlKey> keys = new LinkedHashMap<>();
    final Map<String, String> graphData = new LinkedHashMap<>();
    final List<GraphmlElement> nodes = new ArrayList<>();
    final List<GraphmlElement> edges = new ArrayList<>();
    int nestedElements;
    int hyperedges;
    int extraGraphs;
}
