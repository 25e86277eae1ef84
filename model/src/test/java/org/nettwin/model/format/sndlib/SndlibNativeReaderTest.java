package org.nettwin.model.format.sndlib;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nettwin.model.format.Format;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.NetworkFile;
import org.nettwin.model.network.Network;
import org.nettwin.model.topology.CapacitySource;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.NodeId;

class SndlibNativeReaderTest {

    private final SndlibNativeReader reader = new SndlibNativeReader();

    static final String SMALL = """
            ?SNDlib native format; type: network; version: 1.0
            # network tiny

            META (
              granularity = 1day
              unit = GBITPERSEC
              origin = made up (for a test)
            )

            NODES (
              A ( 10.0 50.0 )
              B ( 11.0 51.0 )   # a trailing comment
              C
            )

            LINKS (
              L1 ( A B ) 2.5 1.0 3.0 4.0 ( 10.0 100.0 40.0 300.0 )
              L2 ( B C ) 0.00 0.00 0.00 0.00 ( )
              L3 ( C C ) 1.0 0.0 0.0 0.0 ( )
              L4 ( A
                   C ) 1.0 0.0 0.0 0.0 ( 1.0 2.0 )
            )

            DEMANDS (
              D1 ( A C ) 1 0.5 UNLIMITED
              D2 ( C B ) 1 2 3
            )

            ADMISSIBLE_PATHS (
              D1 ( P1 ( L4 ) P2 ( L1 L2 ) )
              D2 ( P1 ( L2 )
                   P2 ( ( ( nested ) ) ) )
            )
            """;

    @Test
    void scalesCapacitiesAndDemandsByAGigabitUnit() throws FormatException {
        NetworkFile file = reader.read(InputFile.ofText("tiny.txt", SMALL));
        Network network = file.network();

        assertThat(file.format()).isEqualTo(Format.SNDLIB_NATIVE);
        assertThat(network.topology().name()).isEqualTo("tiny");
        Link l1 = network.topology().links().get(0);
        assertThat(l1.capacity().bitsPerSecond()).isEqualTo(2.5e9);
        assertThat(l1.capacitySource()).isEqualTo(CapacitySource.STATED);
        assertThat(l1.attributes()).containsEntry("modules", "10000.0:100.0 40000.0:300.0")
                .containsEntry("preInstalledModuleCost", "1.0").containsEntry("routingCost", "3.0")
                .containsEntry("setupCost", "4.0");
        assertThat(network.demands().demand("D1").orElseThrow().rate().bitsPerSecond()).isEqualTo(0.5e9);
        assertThat(network.demands().between(NodeId.of("C"), NodeId.of("B")).bitsPerSecond()).isEqualTo(2e9);
    }

    @Test
    void keepsZeroPreInstalledCapacityAsStated() throws FormatException {
        Link l2 = reader.read(InputFile.ofText("tiny.txt", SMALL)).network().topology().link(
                org.nettwin.model.topology.LinkId.of("L2")).orElseThrow();
        assertThat(l2.capacity().isZero()).isTrue();
        assertThat(l2.capacitySource()).isEqualTo(CapacitySource.STATED);
        assertThat(l2.attributes()).doesNotContainKey("modules");
    }

    @Test
    void readsEntriesContinuedOnTheNextLineAndSkipsNestedAdmissiblePaths() throws FormatException {
        Network network = reader.read(InputFile.ofText("tiny.txt", SMALL)).network();
        assertThat(network.topology().links()).extracting(l -> l.id().value()).containsExactly("L1", "L2", "L4");
        assertThat(network.topology().nodes()).extracting(n -> n.id().value()).containsExactly("A", "B", "C");
        assertThat(network.topology().nodes().get(2).coordinates()).isEmpty();
        assertThat(network.demands().size()).isEqualTo(2);
    }

    @Test
    void readsADemandMatrixFileWithoutLinks() throws FormatException {
        String text = "?SNDlib native format; type: network; version: 1.0\n# network demandMatrix-x\n"
                + "NODES (\n  A ( 1.0 2.0 )\n  B ( 2.0 3.0 )\n)\nDEMANDS (\n  A_B ( A B ) 1 1.50 UNLIMITED\n)\n";
        Network network = reader.read(InputFile.ofText("dm.txt", text)).network();
        assertThat(network.topology().links()).isEmpty();
        assertThat(network.demands().demands()).singleElement()
                .satisfies(d -> assertThat(d.rate().megabitsPerSecond()).isEqualTo(1.5));
    }

    @Test
    void dropsSelfLoopLinksWithAWarning() throws FormatException {
        NetworkFile file = reader.read(InputFile.ofText("tiny.txt", SMALL));
        assertThat(file.warnings()).containsExactly("tiny.txt: link L3 (C-C) is a self-loop; dropped");
    }

    @Test
    void assumesMegabitsAndNamesTheNetworkAfterTheFileWithoutMetaOrNameComment() throws FormatException {
        String bare = "NODES (\n a ( 1 2 )\n b ( 3 4 )\n)\nLINKS (\n ab ( a b ) 100 0 0 0 ( )\n)\n";
        Network network = reader.read(InputFile.ofText("some/dir/bare.txt", bare)).network();
        assertThat(network.topology().name()).isEqualTo("bare");
        assertThat(network.topology().links().get(0).capacity().megabitsPerSecond()).isEqualTo(100);
        assertThat(network.demands().isEmpty()).isTrue();
        assertThat(network.topology().links().get(0).delay().toNanos()).isPositive();
    }

    @Test
    void recognisesTheHeaderOrANodesSection() {
        assertThat(reader.recognises(InputFile.ofText("a", SMALL))).isTrue();
        assertThat(reader.recognises(InputFile.ofText("a", "# hand-written\nNODES (\n)\n"))).isTrue();
        assertThat(reader.recognises(InputFile.ofText("a", "<graphml><!-- NODES ( --></graphml>"))).isFalse();
        assertThat(reader.recognises(InputFile.ofText("a", "hello"))).isFalse();
    }
}
