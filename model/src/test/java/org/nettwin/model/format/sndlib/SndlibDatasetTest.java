package org.nettwin.model.format.sndlib;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.NetworkFile;
import org.nettwin.model.format.SharedData;
import org.nettwin.model.format.graphml.GraphmlReader;
import org.nettwin.model.network.Network;
import org.nettwin.model.topology.CapacitySource;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.traffic.Demand;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every SNDlib file of the shared data, checked against independent counts, and native against XML. */
class SndlibDatasetTest {

    private final SndlibNativeReader nativeReader = new SndlibNativeReader();
    private final SndlibXmlReader xmlReader = new SndlibXmlReader();

    /** Counts made without the readers: entries of a section, links without self-loops, stated capacity. */
    record Count(int nodes, int links, int demands, double statedBps) {
    }

    static Stream<Path> nativeFiles() {
        return SharedData.sndlibNative().stream();
    }

    static Stream<Path> xmlFiles() {
        return SharedData.sndlibXml().stream();
    }

    /** The non-blank, non-comment lines between {@code NAME (} and the next line that is just {@code )}. */
    static List<String> sectionLines(String text, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\s*\\(\\s*$(.*?)^\\)", Pattern.DOTALL).matcher(text);
        if (!m.find()) {
            return List.of();
        }
        return m.group(1).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toList());
    }

    static Count nativeCount(Path path) throws Exception {
        String text = Files.readString(path, StandardCharsets.ISO_8859_1);
        Matcher unit = Pattern.compile("unit\\s*=\\s*(\\w+)").matcher(text);
        double scale = unit.find() && unit.group(1).equals("GBITPERSEC") ? 1e9 : 1e6;
        Pattern link = Pattern.compile("(\\S+)\\s*\\(\\s*(\\S+)\\s+(\\S+)\\s*\\)\\s*(\\S+).*");
        int links = 0;
        double stated = 0;
        for (String line : sectionLines(text, "LINKS")) {
            Matcher m = link.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            if (!m.group(2).equals(m.group(3))) {
                links++;
                stated += Double.parseDouble(m.group(4)) * scale;
            }
        }
        return new Count(sectionLines(text, "NODES").size(), links, sectionLines(text, "DEMANDS").size(), stated);
    }

    static Count xmlCount(Path path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(path.toFile());
        NodeList links = doc.getElementsByTagNameNS("*", "link");
        int kept = 0;
        double stated = 0;
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            String source = link.getElementsByTagNameNS("*", "source").item(0).getTextContent();
            String target = link.getElementsByTagNameNS("*", "target").item(0).getTextContent();
            if (source.equals(target)) {
                continue;
            }
            kept++;
            NodeList pre = link.getElementsByTagNameNS("*", "preInstalledModule");
            for (int p = 0; p < pre.getLength(); p++) {
                stated += Double.parseDouble(((Element) pre.item(p)).getElementsByTagNameNS("*", "capacity").item(0)
                        .getTextContent()) * 1e6;
            }
        }
        return new Count(doc.getElementsByTagNameNS("*", "node").getLength(), kept,
                doc.getElementsByTagNameNS("*", "demand").getLength(), stated);
    }

    static double stated(Network network) {
        return network.topology().links().stream().filter(l -> l.capacitySource() == CapacitySource.STATED)
                .mapToDouble(l -> l.capacity().bitsPerSecond()).sum();
    }

    private static void assertMatches(NetworkFile file, Count expected) {
        Network network = file.network();
        assertThat(network.topology().nodes()).hasSize(expected.nodes());
        assertThat(network.topology().links()).hasSize(expected.links());
        assertThat(network.demands().size()).isEqualTo(expected.demands());
        assertThat(stated(network)).isEqualTo(expected.statedBps());
        assertThat(file.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nativeFiles")
    void readsNativeFilesWithTheCountsOfTheirSections(Path path) throws Exception {
        InputFile input = SharedData.input(path);
        NetworkFile file = nativeReader.read(input);
        assertMatches(file, nativeCount(path));
        String stem = path.getFileName().toString().replace(".txt", "");
        assertThat(file.network().topology().name()).isEqualTo(stem);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xmlFiles")
    void readsXmlFilesWithTheCountsOfADomWalk(Path path) throws Exception {
        assertMatches(xmlReader.read(SharedData.input(path)), xmlCount(path));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"nativeFiles", "xmlFiles"})
    void recognisesEachSndlibFileAsItsOwnFormatOnly(Path path) {
        InputFile input = SharedData.input(path);
        boolean isNative = path.toString().endsWith(".txt");
        assertThat(nativeReader.recognises(input)).isEqualTo(isNative);
        assertThat(xmlReader.recognises(input)).isEqualTo(!isNative);
        assertThat(new GraphmlReader().recognises(input)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abilene", "geant", "germany50"})
    void readsTheSameNetworkFromNativeAndXml(String instance) throws Exception {
        Network fromNative = nativeReader.read(SharedData.input(
                SharedData.dir("sndlib-topologies/native").resolve(instance + ".txt"))).network();
        Network fromXml = xmlReader.read(SharedData.input(
                SharedData.dir("sndlib-topologies/xml").resolve(instance + ".xml"))).network();

        assertThat(fromXml.topology().name()).isEqualTo(fromNative.topology().name()).isEqualTo(instance);
        assertThat(fromXml.topology().nodes()).isEqualTo(fromNative.topology().nodes());
        assertThat(linkFacts(fromXml)).isEqualTo(linkFacts(fromNative));
        assertThat(fromXml.demands()).isEqualTo(fromNative.demands());
    }

    private static List<String> linkFacts(Network network) {
        List<String> facts = new ArrayList<>();
        for (Link l : network.topology().links()) {
            facts.add(l.id() + " " + l.a() + "-" + l.b() + " " + l.capacity().bitsPerSecond() + " " + l.delay() + " "
                    + l.attributes().get("modules"));
        }
        return facts;
    }

    @Test
    void agreesWithTheReferenceFiguresForAbilene() throws Exception {
        NetworkFile file = nativeReader.read(SharedData.input(SharedData.dir("sndlib-topologies/native")
                .resolve("abilene.txt")));
        Network n = file.network();
        assertThat(n.topology().nodes()).hasSize(12);
        assertThat(n.topology().links()).hasSize(15);
        assertThat(n.demands().size()).isEqualTo(132);
        assertThat(stated(n)).isEqualTo(141_360_000_000.0);
        Node atlam5 = n.topology().nodes().get(0);
        assertThat(atlam5.coordinates().orElseThrow().x()).isEqualTo(-84.3833);
        Link first = n.topology().links().get(0);
        assertThat(first.id().value()).isEqualTo("ATLAM5_ATLAng");
        assertThat(first.a().value()).isEqualTo("ATLAng");
        assertThat(first.capacity().megabitsPerSecond()).isEqualTo(9920.0);
        assertThat(first.attributes()).containsAllEntriesOf(Map.of("modules", "40000.0:133.0", "routingCost", "0.0",
                "setupCost", "0.0", "preInstalledModuleCost", "0.0"));
        Demand d = n.demands().demands().get(0);
        assertThat(d.rate().megabitsPerSecond()).isPositive();
    }

    @Test
    void keepsPlanarDrawingCoordinatesPlanar() throws Exception {
        Network atlanta = nativeReader.read(SharedData.input(SharedData.dir("sndlib-topologies/native")
                .resolve("atlanta.txt"))).network();
        assertThat(atlanta.topology().nodes()).allSatisfy(node -> assertThat(node.coordinates().orElseThrow().system())
                .isEqualTo(org.nettwin.model.topology.Coordinates.CoordinateSystem.PLANAR));
        assertThat(atlanta.topology().links()).allSatisfy(l -> assertThat(l.delay().isZero()).isTrue());
    }
}
