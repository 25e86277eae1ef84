package org.nettwin.model.format.sndlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.NetworkReader;
import org.nettwin.model.format.SharedData;

class SndlibBadInputTest {

    private static final String NODES = "NODES (\n  A ( 1 2 )\n  B ( 3 4 )\n)\n";

    private static FormatException failure(NetworkReader reader, InputFile file) {
        FormatException e = catchThrowableOfType(FormatException.class, () -> reader.read(file));
        assertThat(e).as("a FormatException").isNotNull();
        assertThat(e.getMessage()).startsWith(file.name() + ": ").doesNotContain("\n");
        return e;
    }

    private static String nativeProblem(String content) {
        return failure(new SndlibNativeReader(), InputFile.ofText("bad.txt", content)).getMessage();
    }

    private static String xmlProblem(String content) {
        return failure(new SndlibXmlReader(), InputFile.ofText("bad.xml", content)).getMessage();
    }

    private static String xml(String links, String demands) {
        return "<?xml version=\"1.0\"?>\n<network xmlns=\"http://sndlib.zib.de/network\">\n<networkStructure>\n"
                + "<nodes>\n<node id=\"A\"/>\n<node id=\"B\"/>\n</nodes>\n<links>\n" + links + "\n</links>\n"
                + "</networkStructure>\n<demands>\n" + demands + "\n</demands>\n</network>\n";
    }

    @Test
    void refusesAnEmptyNativeFile() {
        assertThat(nativeProblem("")).isEqualTo("bad.txt: no SNDlib sections (empty file?)");
        assertThat(nativeProblem("# only a comment\n")).isEqualTo("bad.txt: no SNDlib sections (empty file?)");
    }

    @Test
    void refusesBinaryGarbageAsNative() {
        assertThat(nativeProblem("NODES (\n A\u0000\u0007 ( 1 2 )\n)")).isEqualTo(
                "bad.txt: line 2: control character U+0000: not an SNDlib text file");
    }

    @Test
    void refusesAMissingNodesOrLinksSection() {
        assertThat(nativeProblem("LINKS (\n)\n")).isEqualTo("bad.txt: missing NODES section");
        assertThat(nativeProblem(NODES)).isEqualTo("bad.txt: missing LINKS section");
    }

    @Test
    void refusesALinkToAnUnknownNode() {
        assertThat(nativeProblem(NODES + "LINKS (\n  L3 ( A X9 ) 1 0 0 0 ( )\n)\n"))
                .isEqualTo("bad.txt: line 6: link L3 references unknown node X9");
    }

    @Test
    void refusesADemandForAnUnknownNode() {
        assertThat(nativeProblem(NODES + "LINKS (\n)\nDEMANDS (\n  D1 ( Q A ) 1 5 UNLIMITED\n)\n"))
                .isEqualTo("bad.txt: line 8: demand D1 references unknown node Q");
    }

    @Test
    void refusesNegativeOrNonNumericCapacities() {
        assertThat(nativeProblem(NODES + "LINKS (\n  L1 ( A B ) -5 0 0 0 ( )\n)\n"))
                .isEqualTo("bad.txt: line 6: link L1 capacity is negative (-5.0)");
        assertThat(nativeProblem(NODES + "LINKS (\n  L1 ( A B ) lots 0 0 0 ( )\n)\n"))
                .isEqualTo("bad.txt: line 6: link L1 capacity 'lots' is not a number");
        assertThat(nativeProblem(NODES + "LINKS (\n  L1 ( A B ) NaN 0 0 0 ( )\n)\n"))
                .isEqualTo("bad.txt: line 6: link L1 capacity 'NaN' is not a number");
        assertThat(nativeProblem(NODES + "LINKS (\n  L1 ( A B ) 1 0 0 0 ( 5 )\n)\n"))
                .isEqualTo("bad.txt: line 6: link L1: module list must be pairs of numbers in '( ... )'");
    }

    @Test
    void refusesANegativeDemand() {
        assertThat(nativeProblem(NODES + "LINKS (\n)\nDEMANDS (\n  D1 ( A B ) 1 -2 UNLIMITED\n)\n"))
                .isEqualTo("bad.txt: line 8: demand D1 value is negative (-2.0)");
    }

    @Test
    void refusesDuplicateNodeLinkAndDemandIds() {
        assertThat(nativeProblem("NODES (\n A\n A\n)\nLINKS (\n)\n"))
                .isEqualTo("bad.txt: line 3: duplicate node id A (first at line 2)");
        assertThat(nativeProblem(NODES + "LINKS (\n L1 ( A B ) 1 0 0 0 ( )\n L1 ( B A ) 1 0 0 0 ( )\n)\n"))
                .isEqualTo("bad.txt: line 7: duplicate link id L1 (first at line 6)");
        assertThat(nativeProblem(NODES + "LINKS (\n)\nDEMANDS (\n D ( A B ) 1 1 1\n D ( B A ) 1 1 1\n)\n"))
                .isEqualTo("bad.txt: line 9: duplicate demand id D (first at line 8)");
    }

    @Test
    void refusesUnbalancedParentheses() {
        assertThat(nativeProblem("NODES (\n A ( 1 2\n"))
                .isEqualTo("bad.txt: line 2: unbalanced parentheses: an entry starting here is never closed");
        assertThat(nativeProblem("NODES (\n A ( 1 2\n B ( 3 4 )\n)\nLINKS (\n)\n"))
                .isEqualTo("bad.txt: line 2: node entry must be 'id ( longitude latitude )' or 'id'");
        assertThat(nativeProblem("NODES (\n A ( 1 2 )\n")).isEqualTo(
                "bad.txt: line 1: unbalanced parentheses: section NODES is never closed");
        assertThat(nativeProblem(NODES + ")\nLINKS (\n)\n"))
                .isEqualTo("bad.txt: line 5: unbalanced parentheses: ')' outside any section");
        assertThat(nativeProblem(NODES + "LINKS (\n L1 A B ) 1 0 0 0 ( )\n)\n")).startsWith("bad.txt: line 6: link entry");
    }

    @Test
    void refusesTruncatedNativeFilesWithoutHanging() {
        byte[] geant = SharedData.input(SharedData.dir("sndlib-topologies/native").resolve("geant.txt")).content();
        String message = failure(new SndlibNativeReader(), new InputFile("geant.txt", Arrays.copyOf(geant, 20_000)))
                .getMessage();
        assertThat(message).matches("geant\\.txt: line \\d+: .*");
    }

    @Test
    void refusesTruncatedAndMalformedXml() {
        byte[] abilene = SharedData.input(SharedData.dir("sndlib-topologies/xml").resolve("abilene.xml")).content();
        String truncated = failure(new SndlibXmlReader(), new InputFile("abilene.xml", Arrays.copyOf(abilene, 5000)))
                .getMessage();
        assertThat(truncated).matches("abilene\\.xml: line \\d+: not well-formed XML: .*");
        assertThat(xmlProblem("<network xmlns=\"http://sndlib.zib.de/network\">\n<nodes>\n</network>"))
                .startsWith("bad.xml: line 3: not well-formed XML");
        assertThat(xmlProblem("")).isEqualTo("bad.xml: file is empty");
    }

    @Test
    void refusesAWrongXmlRootElement() {
        assertThat(xmlProblem("<?xml version=\"1.0\"?>\n<graphml/>"))
                .isEqualTo("bad.xml: line 2: root element is <graphml>, expected <network>");
    }

    @Test
    void refusesXmlLinksWithMissingEndsOrUnknownNodes() {
        assertThat(xmlProblem(xml("<link id=\"L1\"><target>B</target></link>", "")))
                .isEqualTo("bad.xml: line 9: link L1 has no <source>");
        assertThat(xmlProblem(xml("<link id=\"L1\"><source>A</source><target>Z</target></link>", "")))
                .isEqualTo("bad.xml: line 9: link L1 references unknown node Z");
        assertThat(xmlProblem(xml("<link><source>A</source><target>B</target></link>", "")))
                .isEqualTo("bad.xml: line 9: <link> without an id attribute");
        assertThat(xmlProblem(xml("", "<demand id=\"D\"><source>A</source><target>B</target></demand>")))
                .isEqualTo("bad.xml: line 13: demand D has no <demandValue>");
    }

    @Test
    void refusesNegativeOrNonNumericXmlCapacities() {
        String pre = "<link id=\"L1\"><source>A</source><target>B</target><preInstalledModule><capacity>%s</capacity>"
                + "</preInstalledModule></link>";
        assertThat(xmlProblem(xml(String.format(pre, "-1"), "")))
                .isEqualTo("bad.xml: line 9: link L1 capacity is negative (-1.0)");
        assertThat(xmlProblem(xml(String.format(pre, "ten"), "")))
                .isEqualTo("bad.xml: line 9: link L1 pre-installed capacity 'ten' is not a number");
    }

    @Test
    void refusesXmlEntriesOutsideTheirListOrInsideAnother() {
        String demand = "<demand id=\"D\"><source>A</source><target>B</target><demandValue>1</demandValue></demand>";
        assertThat(xmlProblem(xml("", demand.replace("</demandValue>", "</demandValue>" + demand.replace("D", "E")))))
                .isEqualTo("bad.xml: line 13: <demand> inside demand D");
        assertThat(xmlProblem(xml("", "").replace("<links>", "<links>" + demand)))
                .isEqualTo("bad.xml: line 8: <demand> outside <demands>");
    }

    @Test
    void refusesDuplicateXmlIds() {
        String link = "<link id=\"L1\"><source>A</source><target>B</target></link>\n";
        assertThat(xmlProblem(xml(link + link, ""))).isEqualTo("bad.xml: line 10: duplicate link id L1 (first at line 9)");
        assertThat(xmlProblem(xml("", "")
                .replace("<node id=\"B\"/>", "<node id=\"A\"/>"))).isEqualTo("bad.xml: line 6: duplicate node id A (first at line 5)");
    }
}
