package org.nettwin.model.format.sndlib;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nettwin.model.format.Format;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.NetworkFile;
import org.nettwin.model.topology.CapacitySource;
import org.nettwin.model.topology.Coordinates.CoordinateSystem;
import org.nettwin.model.topology.Link;

class SndlibXmlReaderTest {

    private final SndlibXmlReader reader = new SndlibXmlReader();

    static final String SMALL = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <network xmlns="http://sndlib.zib.de/network" version="1.0">
             <meta><unit>GBITPERSEC</unit></meta>
             <networkStructure>
              <nodes coordinatesType="pixel">
               <node id="K\u00f6ln"><coordinates><x>100</x><y>20</y></coordinates></node>
               <node id="B"><coordinates><x>110</x><y>30</y></coordinates></node>
               <node id="C"/>
              </nodes>
              <links>
               <link id="L1"><source>K\u00f6ln</source><target>B</target>
                <preInstalledModule><capacity>2.5</capacity><cost>7.0</cost></preInstalledModule>
                <routingCost>3</routingCost>
                <additionalModules><addModule><capacity>10</capacity><cost>100</cost></addModule></additionalModules>
               </link>
               <link id="L2"><source>B</source><target>C</target></link>
               <link id="L3"><source>C</source><target>C</target></link>
              </links>
             </networkStructure>
             <demands>
              <demand id="D1"><source>K\u00f6ln</source><target>C</target><demandValue>0.25</demandValue>
               <admissiblePaths><admissiblePath id="P1"><linkId>L1</linkId><linkId>L2</linkId></admissiblePath>
               </admissiblePaths>
              </demand>
             </demands>
            </network>
            """;

    private static InputFile latin1(String name, String text) {
        return new InputFile(name, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void readsLinksModulesAndDemandsInTheDeclaredUnitAndEncoding() throws FormatException {
        NetworkFile file = reader.read(latin1("dir/small.xml", SMALL));

        assertThat(file.format()).isEqualTo(Format.SNDLIB_XML);
        assertThat(file.network().topology().name()).isEqualTo("small");
        assertThat(file.network().topology().nodes().get(0).id().value()).isEqualTo("K\u00f6ln");
        Link l1 = file.network().topology().links().get(0);
        assertThat(l1.capacity().bitsPerSecond()).isEqualTo(2.5e9);
        assertThat(l1.capacitySource()).isEqualTo(CapacitySource.STATED);
        assertThat(l1.attributes()).containsEntry("modules", "10000.0:100.0").containsEntry("routingCost", "3.0")
                .containsEntry("preInstalledModuleCost", "7.0");
        assertThat(file.network().demands().demand("D1").orElseThrow().rate().bitsPerSecond()).isEqualTo(0.25e9);
    }

    @Test
    void givesLinksWithoutPreInstalledModuleZeroDefaultCapacity() throws FormatException {
        Link l2 = reader.read(latin1("small.xml", SMALL)).network().topology().links().get(1);
        assertThat(l2.capacity().isZero()).isTrue();
        assertThat(l2.capacitySource()).isEqualTo(CapacitySource.DEFAULT);
    }

    @Test
    void keepsPixelCoordinatesPlanarAndDropsSelfLoops() throws FormatException {
        NetworkFile file = reader.read(latin1("small.xml", SMALL));
        assertThat(file.network().topology().nodes().get(0).coordinates().orElseThrow().system())
                .isEqualTo(CoordinateSystem.PLANAR);
        assertThat(file.network().topology().links()).hasSize(2);
        assertThat(file.warnings()).containsExactly("small.xml: link L3 (C-C) is a self-loop; dropped");
    }

    @Test
    void recognisesTheSndlibNetworkRootOnly() {
        assertThat(reader.recognises(latin1("a", SMALL))).isTrue();
        assertThat(reader.recognises(InputFile.ofText("a", "<graphml><graph/></graphml>"))).isFalse();
        assertThat(reader.recognises(InputFile.ofText("a", "<network><x/></network>"))).isFalse();
    }
}
