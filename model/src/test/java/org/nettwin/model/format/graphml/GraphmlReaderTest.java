package org.nettwin.model.format.graphml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nettwin.model.format.Format;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.NetworkFile;
import org.nettwin.model.topology.CapacitySource;
import org.nettwin.model.topology.Coordinates;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;

class GraphmlReaderTest {

    private final GraphmlReader reader = new GraphmlReader();

    /** A processed Topology Zoo archive file: default namespace, node label/Latitude/Longitude, LinkSpeedRaw. */
    static final String PROCESSED = """
            <?xml version="1.0" encoding="utf-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key attr.name="LinkSpeedRaw" attr.type="double" for="edge" id="d40"/>
              <key attr.name="LinkLabel" attr.type="string" for="edge" id="d41"/>
              <key attr.name="label" attr.type="string" for="node" id="d33"/>
              <key attr.name="Longitude" attr.type="double" for="node" id="d32"/>
              <key attr.name="Latitude" attr.type="double" for="node" id="d29"/>
              <key attr.name="Internal" attr.type="int" for="node" id="d28"/>
              <key attr.name="Country" attr.type="string" for="node" id="d30"/>
              <key attr.name="Network" attr.type="string" for="graph" id="d3"/>
              <graph edgedefault="undirected">
                <data key="d3">Abilene</data>
                <node id="0"><data key="d28">1</data><data key="d29">40.71427</data><data key="d30">United States</data>
                  <data key="d32">-74.00597</data><data key="d33">New York</data></node>
                <node id="1"><data key="d28">1</data><data key="d29">41.85003</data>
                  <data key="d32">-87.65005</data><data key="d33">Chicago</data></node>
                <node id="2"><data key="d33">Nowhere</data></node>
                <edge source="0" target="1"><data key="d40">9920000000.0</data><data key="d41">OC-192c</data></edge>
                <edge source="1" target="2"><data key="d41">OC-48</data></edge>
                <edge source="0" target="2"/>
              </graph>
            </graphml>
            """;

    private static InputFile text(String name, String content) {
        return InputFile.ofText(name, content);
    }

    @Test
    void readsProcessedArchiveFilesWithLinkSpeedRawAndLatitudeLongitude() throws FormatException {
        NetworkFile file = reader.read(text("Abilene.graphml", PROCESSED));
        Topology t = file.network().topology();

        assertThat(file.format()).isEqualTo(Format.GRAPHML);
        assertThat(t.name()).isEqualTo("Abilene");
        Node newYork = t.nodes().get(0);
        assertThat(newYork.name()).isEqualTo("New York");
        assertThat(newYork.coordinates()).contains(Coordinates.geographic(-74.00597, 40.71427));
        assertThat(newYork.attributes()).containsEntry("Country", "United States").containsEntry("Internal", "1");
        Link stated = t.links().get(0);
        assertThat(stated.id().value()).isEqualTo("e0");
        assertThat(stated.capacitySource()).isEqualTo(CapacitySource.STATED);
        assertThat(stated.capacity().bitsPerSecond()).isEqualTo(9.92e9);
        assertThat(stated.attributes()).containsEntry("label", "OC-192c");
        double km = newYork.coordinates().orElseThrow().distanceKm(t.nodes().get(1).coordinates().orElseThrow());
        assertThat(stated.delay().toNanos() / 1e9).isCloseTo(km / 200_000, within(1e-9));
        assertThat(km).isBetween(1100.0, 1200.0);
        Link labelled = t.links().get(1);
        assertThat(labelled.capacitySource()).isEqualTo(CapacitySource.LABEL);
        assertThat(labelled.capacity().megabitsPerSecond()).isEqualTo(2488.32);
        assertThat(labelled.delay()).isEqualTo(Duration.ZERO);
        Link unknown = t.links().get(2);
        assertThat(unknown.capacitySource()).isEqualTo(CapacitySource.DEFAULT);
        assertThat(unknown.capacity().bitsPerSecond()).isEqualTo(1e9);
        assertThat(unknown.metric()).isEqualTo(1);
    }

    @Test
    void readsGraphmlWithoutNamespaceAndNamesTheNetworkAfterTheFile() throws FormatException {
        String plain = """
                <graphml>
                  <key id="k9" for="edge" attr.name="label"/>
                  <graph edgedefault="directed">
                    <node id="a"/><node id="b"/><node id="lonely"/>
                    <edge source="a" target="b"><data key="k9">10 Gbps</data></edge>
                  </graph>
                </graphml>
                """;
        Topology t = reader.read(text("dir/plain.graphml", plain)).network().topology();

        assertThat(t.name()).isEqualTo("plain");
        assertThat(t.nodes()).extracting(Node::name).containsExactly("a", "b", "lonely");
        assertThat(t.links()).singleElement().satisfies(l -> {
            assertThat(l.capacity().bitsPerSecond()).isEqualTo(1e10);
            assertThat(l.capacitySource()).isEqualTo(CapacitySource.LABEL);
        });
    }

    @Test
    void resolvesDataByAttributeNameNeverByKeyId() throws FormatException {
        String swapped = """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="d0" for="graph" attr.name="Type"/>
                  <key id="d25" for="graph" attr.name="Network"/>
                  <key id="d1" for="edge" attr.name="description"/>
                  <key id="d33" for="edge" attr.name="label"/>
                  <graph><data key="d0">COM</data><data key="d25">Swapped Net</data>
                    <node id="x"/><node id="y"/>
                    <edge source="x" target="y"><data key="d1">OC-192</data><data key="d33">OC-3</data></edge>
                  </graph>
                </graphml>
                """;
        Topology t = reader.read(text("s.graphml", swapped)).network().topology();

        assertThat(t.name()).isEqualTo("Swapped Net");
        assertThat(t.links().get(0).capacity().megabitsPerSecond()).isEqualTo(155.52);
        assertThat(t.links().get(0).attributes()).containsEntry("description", "OC-192").containsEntry("label", "OC-3");
    }

    @Test
    void keepsParallelEdgesAsSeparateLinksWithUniqueIds() throws FormatException {
        String parallel = """
                <graphml><key id="k" for="edge" attr.name="key"/><graph>
                  <node id="a"/><node id="b"/>
                  <edge id="0" source="a" target="b"/>
                  <edge id="0" source="b" target="a"/>
                  <edge source="a" target="b"/>
                </graph></graphml>
                """;
        NetworkFile file = reader.read(text("p.graphml", parallel));
        List<Link> links = file.network().topology().links();

        assertThat(links).hasSize(3);
        assertThat(links).extracting(l -> l.id().value()).containsExactly("0", "e1", "e2");
        assertThat(links).allSatisfy(l -> assertThat(l.touches(NodeId.of("a")) && l.touches(NodeId.of("b"))).isTrue());
        assertThat(file.warnings()).anyMatch(w -> w.contains("repeated an earlier edge id"));
    }

    @Test
    void dropsSelfLoopsWithAWarningNamingTheEdge() throws FormatException {
        String loop = """
                <graphml><graph>
                  <node id="n0"/><node id="n1"/>
                  <edge id="e0" source="n0" target="n1"/>
                  <edge id="e3" source="n1" target="n1"/>
                </graph></graphml>
                """;
        NetworkFile file = reader.read(text("Abilene.graphml", loop));

        assertThat(file.network().topology().links()).hasSize(1);
        assertThat(file.warnings()).containsExactly("Abilene.graphml: edge e3 (n1-n1) is a self-loop; dropped");
    }

    @Test
    void takesNodeNamesFromYedLabelsBeforeLabelAttributes() throws FormatException {
        String yed = """
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
                  <key for="node" id="d7" yfiles.type="nodegraphics"/>
                  <key for="node" id="d8" attr.name="label"/>
                  <key for="node" id="d9" attr.name="Internal"><default>true</default></key>
                  <graph>
                    <node id="n0"><data key="d8">ignored</data><data key="d7"><y:ShapeNode>
                      <y:Geometry x="78.0" y="43.3"/><y:NodeLabel> Seattle </y:NodeLabel></y:ShapeNode></data></node>
                    <node id="n1"><data key="d8">Denver</data><data key="d9">false</data></node>
                  </graph>
                </graphml>
                """;
        List<Node> nodes = reader.read(text("y.graphml", yed)).network().topology().nodes();

        assertThat(nodes).extracting(Node::name).containsExactly("Seattle", "Denver");
        assertThat(nodes.get(0).coordinates()).as("y:Geometry is drawing space, not a location").isEmpty();
        assertThat(nodes.get(0).attribute("Internal")).contains("true");
        assertThat(nodes.get(1).attribute("Internal")).contains("false");
    }

    @Test
    void recognisesGraphmlByItsRootElementOnly() {
        assertThat(reader.recognises(text("a", PROCESSED))).isTrue();
        assertThat(reader.recognises(text("a", "<?xml version='1.0'?><network xmlns='http://sndlib.zib.de/network'/>")))
                .isFalse();
        assertThat(reader.recognises(text("a", "?SNDlib native format; type: network\nNODES (\n)"))).isFalse();
        assertThat(reader.recognises(new InputFile("a", new byte[0]))).isFalse();
    }
}
