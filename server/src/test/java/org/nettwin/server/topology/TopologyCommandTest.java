package org.nettwin.server.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nettwin.server.cli.CommandRun;
import org.nettwin.testkit.data.SharedDatasets;
import org.nettwin.testkit.topology.ReferenceFacts;
import org.nettwin.testkit.topology.ReferenceReader;

class TopologyCommandTest {

    @TempDir
    Path tmp;

    static Stream<Path> sharedTopologyFiles() {
        return SharedDatasets.topologyFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedTopologyFiles")
    void jsonSummaryAgreesWithAnIndependentReader(Path file) throws Exception {
        CommandRun run = CommandRun.of("topology", file.toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().strip().lines()).hasSize(1);
        JsonNode got = new ObjectMapper().readTree(run.out());
        ReferenceFacts want = ReferenceReader.read(file);
        assertThat(got.get("nodes").asInt()).isEqualTo(want.nodes());
        assertThat(got.get("links").asInt()).isEqualTo(want.links());
        assertThat(got.get("demands").asInt()).isEqualTo(want.demands());
        assertThat(got.get("connected").asBoolean()).isEqualTo(want.connected());
        assertThat(got.get("diameter_hops").asInt()).isEqualTo(want.diameterHops());
        if (want.totalCapacityBps().isPresent()) {
            assertThat(got.get("total_capacity_bps").asDouble())
                    .isCloseTo(want.totalCapacityBps().get(), org.assertj.core.data.Percentage.withPercentage(1e-6));
        } else {
            assertThat(got.get("total_capacity_bps").isNull()).isTrue();
        }
        assertThat(got.get("format").asText()).isIn("graphml", "sndlib-native", "sndlib-xml", "scenario");
    }

    @Test
    void humanSummaryListsTheMostLoadedLinksWhenTheFileHasDemands() {
        CommandRun run = CommandRun.of("topology", SharedDatasets.data("sndlib-topologies/native/abilene.txt").toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("nodes:").contains("12").contains("Most loaded");
    }

    @Test
    void worksOnAFileGivenByARelativePath() {
        Path file = SharedDatasets.data("topology-zoo/Abilene.graphml");
        Path relative = Path.of("").toAbsolutePath().relativize(file);
        CommandRun run = CommandRun.of("topology", relative.toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"nodes\":11");
    }

    @Test
    void emptyFileIsRejectedWithOneLineNamingIt() throws IOException {
        assertRejected("empty.graphml", "", "empty");
    }

    @Test
    void binaryGarbageIsRejected() throws IOException {
        Path file = tmp.resolve("garbage.bin");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(file, bytes);
        CommandRun run = CommandRun.of("topology", file.toString());
        assertOneLineError(run, file);
    }

    @Test
    void truncatedGraphmlIsRejectedWithALine() throws IOException {
        String whole = Files.readString(SharedDatasets.data("topology-zoo/Abilene.graphml"));
        assertRejected("truncated.graphml", whole.substring(0, whole.length() / 2), "line");
    }

    @Test
    void linkToAnUnknownNodeIsRejectedNamingTheLink() throws IOException {
        String text = "?SNDlib native format; type: network; version: 1.0\n# network bad\nNODES (\n  A ( 1 2 )\n  B ( 3 4 )\n)\n"
                + "LINKS (\n  L1 ( A B ) 10.0 0 0 0 ( )\n  L2 ( A X9 ) 10.0 0 0 0 ( )\n)\n";
        assertRejected("bad.txt", text, "X9");
    }

    @Test
    void negativeCapacityIsRejected() throws IOException {
        String text = "?SNDlib native format; type: network; version: 1.0\nNODES (\n  A ( 1 2 )\n  B ( 3 4 )\n)\n"
                + "LINKS (\n  L1 ( A B ) -10.0 0 0 0 ( )\n)\n";
        assertRejected("neg.txt", text, "L1");
    }

    @Test
    void duplicateNodeIdsAreRejected() throws IOException {
        String text = "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph id=\"G\">\n"
                + "<node id=\"n0\"/>\n<node id=\"n0\"/>\n</graph>\n</graphml>\n";
        assertRejected("dup.graphml", text, "n0");
    }

    @Test
    void aFileOfTheWrongKindIsRejected() throws IOException {
        assertRejected("traffic.csv", "time,A->B\n20040301-0000,1.5\n", "unrecognised");
    }

    @Test
    void aMissingFileIsRejected() {
        Path file = tmp.resolve("nope.graphml");
        CommandRun run = CommandRun.of("topology", file.toString());
        assertOneLineError(run, file);
    }

    private void assertRejected(String name, String content, String mentions) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        CommandRun run = CommandRun.of("topology", file.toString(), "--json");
        assertOneLineError(run, file);
        assertThat(run.err()).contains(mentions);
    }

    private static void assertOneLineError(CommandRun run, Path file) {
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains(file.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
