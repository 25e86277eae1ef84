package org.nettwin.model.format.graphml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.SharedData;

class GraphmlBadInputTest {

    private final GraphmlReader reader = new GraphmlReader();

    private FormatException failure(String content) {
        return failure(InputFile.ofText("bad.graphml", content));
    }

    private FormatException failure(InputFile file) {
        FormatException e = catchThrowableOfType(FormatException.class, () -> reader.read(file));
        assertThat(e).as("a FormatException").isNotNull();
        assertThat(e.getMessage()).startsWith(file.name() + ": ").doesNotContain("\n");
        return e;
    }

    private static String graph(String body) {
        return "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                + "<key id=\"s\" for=\"edge\" attr.name=\"LinkSpeedRaw\"/>\n<graph>\n" + body + "\n</graph>\n</graphml>\n";
    }

    @Test
    void refusesTruncatedXmlNamingTheLine() {
        byte[] abilene = SharedData.input(SharedData.dir("topology-zoo").resolve("Abilene.graphml")).content();
        FormatException e = failure(new InputFile("Abilene.graphml", Arrays.copyOf(abilene, abilene.length / 2)));
        assertThat(e.getMessage()).matches("Abilene\\.graphml: line \\d+: not well-formed XML: .*");
    }

    @Test
    void refusesXmlThatIsNotWellFormed() {
        FormatException e = failure("<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n</graphml>");
        assertThat(e.getMessage()).startsWith("bad.graphml: line 4: not well-formed XML");
    }

    @Test
    void refusesBinaryGarbage() {
        byte[] garbage = new byte[512];
        new java.util.Random(7).nextBytes(garbage);
        failure(new InputFile("bad.graphml", garbage));
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(failure("").getMessage()).isEqualTo("bad.graphml: file is empty");
    }

    @Test
    void refusesAnEdgeToAnUnknownNode() {
        FormatException e = failure(graph("<node id=\"a\"/>\n<node id=\"b\"/>\n<edge source=\"a\" target=\"zz\"/>"));
        assertThat(e.getMessage()).isEqualTo("bad.graphml: line 6: edge e0 references unknown node zz");
    }

    @Test
    void refusesANegativeLinkSpeed() {
        FormatException e = failure(graph("<node id=\"a\"/><node id=\"b\"/>\n"
                + "<edge id=\"e7\" source=\"a\" target=\"b\"><data key=\"s\">-5</data></edge>"));
        assertThat(e.getMessage()).isEqualTo("bad.graphml: line 5: edge e7 has negative LinkSpeedRaw -5");
    }

    @Test
    void warnsAboutANonNumericLinkSpeedAndFallsBackToTheDefault() throws FormatException {
        var file = reader.read(InputFile.ofText("odd.graphml", graph("<node id=\"a\"/><node id=\"b\"/>\n"
                + "<edge source=\"a\" target=\"b\"><data key=\"s\">fast</data></edge>")));
        assertThat(file.warnings()).containsExactly("odd.graphml: edge e0 has non-numeric LinkSpeedRaw 'fast'; ignored");
        assertThat(file.network().topology().links().get(0).capacity().bitsPerSecond()).isEqualTo(1e9);
    }

    @Test
    void refusesDuplicateNodeIds() {
        FormatException e = failure(graph("<node id=\"a\"/>\n<node id=\"a\"/>"));
        assertThat(e.getMessage()).isEqualTo("bad.graphml: line 5: duplicate node id a");
    }

    @Test
    void refusesEdgesWithoutSourceOrTarget() {
        assertThat(failure(graph("<node id=\"a\"/>\n<edge id=\"x\" target=\"a\"/>")).getMessage())
                .isEqualTo("bad.graphml: line 5: edge x has no source attribute");
        assertThat(failure(graph("<node id=\"a\"/>\n<edge source=\"a\"/>")).getMessage())
                .isEqualTo("bad.graphml: line 5: edge e0 has no target attribute");
    }

    @Test
    void refusesNodesWithoutId() {
        assertThat(failure(graph("<node/>")).getMessage()).isEqualTo("bad.graphml: line 4: <node> without an id attribute");
    }

    @Test
    void refusesAWrongRootElement() {
        FormatException e = failure("<?xml version=\"1.0\"?>\n<network xmlns=\"http://sndlib.zib.de/network\"/>");
        assertThat(e.getMessage()).isEqualTo("bad.graphml: line 2: root element is <network>, expected <graphml>");
    }

    @Test
    void refusesGraphmlWithoutAGraph() {
        assertThat(failure("<graphml><key id=\"a\"/></graphml>").getMessage())
                .isEqualTo("bad.graphml: no <graph> element in <graphml>");
    }

    @Test
    void neverResolvesExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<graphml><graph><node id=\"&xxe;\"/></graph></graphml>";
        FormatException e = failure(xxe);
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void neverExpandsEntityBombs() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 12; i++) {
            bomb.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        bomb.append("]>\n<graphml><graph><node id=\"&a11;\"/></graph></graphml>");
        failure(bomb.toString());
    }

    @Test
    void refusesUtf16OrOtherBytesThatAreNotXml() {
        failure(new InputFile("bad.graphml", "\u0000\u0001graphml".getBytes(StandardCharsets.UTF_16LE)));
    }
}
