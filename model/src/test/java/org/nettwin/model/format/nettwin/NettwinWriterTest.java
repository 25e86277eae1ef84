package org.nettwin.model.format.nettwin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.SharedFiles;
import org.nettwin.model.network.Network;
import org.nettwin.model.slice.SlaTarget;
import org.nettwin.model.slice.Slice;
import org.nettwin.model.slice.SliceType;
import org.nettwin.model.topology.CapacitySource;
import org.nettwin.model.topology.Cell;
import org.nettwin.model.topology.Coordinates;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.NodeKind;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;

class NettwinWriterTest {

    /** Doubles whose text form is easy to get wrong. */
    private static final double[] TRICKY = {0.0, -0.0, Double.MIN_VALUE, 1e-10, 0.1, 1.0 / 3, 2.5e-7, 123456789.123,
        1e15, 1e15 + 1, 9.007199254740993e15, 1e300, Double.MAX_VALUE, 4.8, 45.7};

    private final NettwinReader reader = new NettwinReader();
    private final NettwinWriter writer = new NettwinWriter();

    @Test
    void writesTheMetroExampleBackToTheSameText() throws IOException, FormatException {
        String text = Files.readString(SharedFiles.examples().resolve("metro-5g.json"), StandardCharsets.UTF_8);

        Network network = reader.readNetwork(InputFile.ofText("metro-5g.json", text));

        assertThat(writer.write(network)).isEqualTo(text);
    }

    @Property(tries = 300)
    void readsBackRandomNetworksEqualAndWritesThemAgainIdentically(@ForAll long seed,
                                                                    @ForAll("texts") List<String> texts)
            throws FormatException {
        Network network = randomNetwork(new SplittableRandom(seed), texts);

        String text = writer.write(network);
        Network again = reader.readNetwork(InputFile.ofText("random.json", text));

        assertThat(again).isEqualTo(network);
        assertThat(writer.write(again)).isEqualTo(text);
    }

    /** Any Unicode text without lone surrogates (which no UTF-8 file can hold): quotes, controls, accents. */
    @Provide
    Arbitrary<List<String>> texts() {
        return Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFD')
                .ofMaxLength(12).list().ofMinSize(1).ofMaxSize(8);
    }

    static Network randomNetwork(SplittableRandom r, List<String> texts) {
        int n = 1 + r.nextInt(10);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(randomNode(r, i, texts));
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; n > 1 && i < r.nextInt(15); i++) {
            int a = r.nextInt(n);
            int b = (a + 1 + r.nextInt(n - 1)) % n;
            Map<String, String> attributes = r.nextBoolean() ? Map.of() : Map.of(pick(r, texts), pick(r, texts));
            links.add(new Link(LinkId.of("link " + i), nodes.get(a).id(), nodes.get(b).id(),
                    DataRate.ofBps(Math.abs(tricky(r))), CapacitySource.values()[r.nextInt(3)],
                    Duration.ofNanos(r.nextLong(Long.MAX_VALUE / 10)), 1 + r.nextInt(Integer.MAX_VALUE - 1),
                    r.nextInt(Integer.MAX_VALUE), attributes));
        }
        Topology topology = Topology.of(pick(r, texts), nodes, links);
        List<Demand> demands = new ArrayList<>();
        for (int i = 0; n > 1 && i < r.nextInt(6); i++) {
            int o = r.nextInt(n);
            int d = (o + 1 + r.nextInt(n - 1)) % n;
            demands.add(new Demand("d" + i + pick(r, texts), nodes.get(o).id(), nodes.get(d).id(),
                    DataRate.ofBps(Math.abs(tricky(r)))));
        }
        List<Slice> slices = new ArrayList<>();
        for (int i = 0; i < r.nextInt(4); i++) {
            List<String> ids = demands.isEmpty() ? List.of() : List.of(demands.get(r.nextInt(demands.size())).id());
            slices.add(new Slice("s" + i, SliceType.values()[r.nextInt(4)], randomSla(r),
                    List.of(nodes.get(r.nextInt(n)).id()), ids));
        }
        return new Network(topology, new TrafficMatrix(demands), slices);
    }

    private static Node randomNode(SplittableRandom r, int i, List<String> texts) {
        NodeKind kind = NodeKind.values()[r.nextInt(NodeKind.values().length)];
        List<Cell> cells = new ArrayList<>();
        if (kind == NodeKind.GNB) {
            for (int c = 0; c < r.nextInt(4); c++) {
                cells.add(new Cell("cell-" + c, pick(r, texts), 1 + r.nextInt(400), DataRate.ofBps(Math.abs(tricky(r)))));
            }
        }
        Optional<Coordinates> where = Optional.empty();
        if (r.nextInt(3) == 0) {
            where = Optional.of(Coordinates.planar(tricky(r) * (r.nextBoolean() ? 1 : -1), tricky(r)));
        } else if (r.nextBoolean()) {
            where = Optional.of(Coordinates.geographic(r.nextDouble() * 360 - 180, r.nextDouble() * 180 - 90));
        }
        Map<String, String> attributes = new HashMap<>();
        for (int a = 0; a < r.nextInt(3); a++) {
            attributes.put(pick(r, texts), pick(r, texts));
        }
        String id = r.nextBoolean() ? Integer.toString(i) : "node " + i + " " + pick(r, texts);
        return new Node(NodeId.of(id), pick(r, texts), kind, where, cells, attributes);
    }

    private static SlaTarget randomSla(SplittableRandom r) {
        SlaTarget sla = SlaTarget.NONE;
        if (r.nextBoolean()) {
            sla = sla.withMaxLatency(Duration.ofNanos(1 + r.nextLong(1_000_000_000_000L)));
        }
        if (r.nextBoolean()) {
            sla = sla.withMaxLossRatio(r.nextBoolean() ? r.nextDouble() : 1e-5);
        }
        if (r.nextBoolean()) {
            sla = sla.withMinThroughput(DataRate.ofBps(Math.abs(tricky(r))));
        }
        if (r.nextBoolean()) {
            sla = sla.withMinAvailability(r.nextBoolean() ? 0.99999 : r.nextDouble());
        }
        return sla;
    }

    private static double tricky(SplittableRandom r) {
        return r.nextBoolean() ? TRICKY[r.nextInt(TRICKY.length)] : r.nextDouble() * Math.pow(10, r.nextInt(-12, 16));
    }

    private static String pick(SplittableRandom r, List<String> texts) {
        return texts.get(r.nextInt(texts.size()));
    }
}
