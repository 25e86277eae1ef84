package org.nettwin.model.format.graphml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.NetworkFile;
import org.nettwin.model.format.SharedData;
import org.nettwin.model.topology.CapacitySource;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Topology;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Every Topology Zoo file of the shared data, checked against an independent DOM count of the same file. */
class TopologyZooDatasetTest {

    private final GraphmlReader reader = new GraphmlReader();

    static Stream<Path> files() {
        return SharedData.topologyZoo().stream();
    }

    /** What a plain DOM walk finds: first graph's node children, edge children without self-loops, LinkSpeedRaw sum. */
    record DomCount(String name, int nodes, int links, int selfLoops, double statedBps) {
    }

    static DomCount domCount(Path path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(path.toFile());
        Map<String, String> keyNames = new HashMap<>();
        for (Element key : children(doc.getDocumentElement(), "key")) {
            keyNames.put(key.getAttribute("id"), key.getAttribute("attr.name"));
        }
        Element graph = children(doc.getDocumentElement(), "graph").get(0);
        String name = null;
        for (Element data : children(graph, "data")) {
            if ("Network".equals(keyNames.get(data.getAttribute("key")))) {
                name = data.getTextContent();
            }
        }
        int links = 0;
        int loops = 0;
        double stated = 0;
        for (Element edge : children(graph, "edge")) {
            if (edge.getAttribute("source").equals(edge.getAttribute("target"))) {
                loops++;
                continue;
            }
            links++;
            for (Element data : children(edge, "data")) {
                if ("LinkSpeedRaw".equals(keyNames.get(data.getAttribute("key")))) {
                    stated += Double.parseDouble(data.getTextContent().strip());
                }
            }
        }
        return new DomCount(name, children(graph, "node").size(), links, loops, stated);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new java.util.ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readsAsManyNodesAndLinksAsAnIndependentDomCount(Path path) throws Exception {
        DomCount expected = domCount(path);
        NetworkFile file = reader.read(SharedData.input(path));
        Topology topology = file.network().topology();

        assertThat(topology.nodes()).hasSize(expected.nodes());
        assertThat(topology.links()).hasSize(expected.links());
        assertThat(file.network().demands().size()).isZero();
        assertThat(file.warnings().stream().filter(w -> w.contains("self-loop"))).hasSize(expected.selfLoops());
        assertThat(topology.name()).isEqualTo(expected.name() == null ? stem(path) : expected.name());
        double stated = topology.links().stream().filter(l -> l.capacitySource() == CapacitySource.STATED)
                .mapToDouble(l -> l.capacity().bitsPerSecond()).sum();
        assertThat(stated).isEqualTo(expected.statedBps());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void recognisesEveryZooFileAsGraphmlOnly(Path path) {
        InputFile input = SharedData.input(path);
        assertThat(reader.recognises(input)).isTrue();
        assertThat(new org.nettwin.model.format.sndlib.SndlibNativeReader().recognises(input)).isFalse();
        assertThat(new org.nettwin.model.format.sndlib.SndlibXmlReader().recognises(input)).isFalse();
    }

    @Test
    void agreesWithTheReferenceFiguresForWellKnownFiles() throws Exception {
        Map<String, int[]> reference = Map.of("Abilene.graphml", new int[] {11, 14}, "Kdl.graphml", new int[] {754, 899},
                "Cogentco.graphml", new int[] {197, 245}, "AttMpls.graphml", new int[] {25, 57});
        for (Map.Entry<String, int[]> e : reference.entrySet()) {
            Topology t = reader.read(SharedData.input(SharedData.dir("topology-zoo").resolve(e.getKey()))).network()
                    .topology();
            assertThat(t.nodes()).as(e.getKey()).hasSize(e.getValue()[0]);
            assertThat(t.links()).as(e.getKey()).hasSize(e.getValue()[1]);
        }
    }

    @Test
    void namesAbileneNodesFromYedLabelsAndLinksFromOc192Labels() throws Exception {
        Topology t = reader.read(SharedData.input(SharedData.dir("topology-zoo").resolve("Abilene.graphml")))
                .network().topology();
        assertThat(t.nodes().get(0).name()).isEqualTo("Seattle");
        assertThat(t.nodes().get(0).attribute("Internal")).contains("true");
        assertThat(t.nodes().get(0).coordinates()).isEmpty();
        Link first = t.links().get(0);
        assertThat(first.id().value()).isEqualTo("e0");
        assertThat(first.capacitySource()).isEqualTo(CapacitySource.LABEL);
        assertThat(first.capacity().megabitsPerSecond()).isEqualTo(9953.28);
        assertThat(first.attributes()).containsEntry("label", "OC-192c");
    }

    @Test
    void readsKdlWellUnderAHundredMillisecondsAfterWarmUp() throws Exception {
        InputFile kdl = SharedData.input(SharedData.dir("topology-zoo").resolve("Kdl.graphml"));
        for (int i = 0; i < 15; i++) {
            reader.read(kdl);
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            reader.read(kdl);
            best = Math.min(best, System.nanoTime() - start);
        }
        assertThat(best / 1e6).as("best of 5 reads of Kdl, ms").isLessThan(100);
    }

    private static String stem(Path path) {
        String name = path.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
