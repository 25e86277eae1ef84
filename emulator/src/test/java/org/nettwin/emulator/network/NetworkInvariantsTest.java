package org.nettwin.emulator.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.emulator.fault.Fault;
import org.nettwin.emulator.truth.TruthSecond;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.NodeKind;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;
import org.nettwin.testkit.time.ManualClock;

class NetworkInvariantsTest {

    @Property(tries = 40)
    void randomNetworksUnderRandomFaultsKeepTheirInvariants(@ForAll @IntRange(min = 2, max = 12) int nodes,
                                                            @ForAll long seed) {
        Random random = new Random(seed);
        Topology topology = randomTopology(nodes, random);
        ManualClock clock = new ManualClock();
        EmulatedNetwork net = EmulatedNetwork.of(topology, EmulatorSettings.DEFAULTS.withSeed(seed)
                .withRebootDowntime(Duration.ofSeconds(2)), clock);
        long[] previous = new long[0];
        for (int round = 0; round < 8; round++) {
            net.inject(randomFault(topology, random));
            Nets.advance(net, clock, Duration.ofSeconds(1));
            checkTruth(net.truth().latest().orElseThrow(), topology);
            long[] now = outOctets(net);
            if (previous.length == now.length && !rebooted(net)) {
                for (int i = 0; i < now.length; i++) {
                    assertThat(now[i]).isGreaterThanOrEqualTo(previous[i]);
                }
            }
            previous = now;
        }
    }

    private static boolean rebooted(EmulatedNetwork net) {
        return net.truth().faults().stream().anyMatch(f -> f.fault() instanceof Fault.Reboot);
    }

    private static long[] outOctets(EmulatedNetwork net) {
        List<Long> out = new ArrayList<>();
        for (EmulatedDevice d : net.devices()) {
            for (Leaf leaf : d.leaves()) {
                if (leaf.path().endsWith("/out-octets")) {
                    out.add(((LeafValue.Counter) leaf.value()).value());
                }
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static void checkTruth(TruthSecond second, Topology topology) {
        double[] offered = second.offeredBps();
        double[] carried = second.carriedBps();
        for (int i = 0; i < offered.length; i++) {
            double capacity = topology.link(second.layout().directions().get(i).link()).orElseThrow()
                    .capacity().bitsPerSecond();
            assertThat(carried[i]).isBetween(0.0, capacity * (1 + 1e-9));
            assertThat(carried[i]).isLessThanOrEqualTo(offered[i] * (1 + 1e-9) + 1e-6);
        }
        double[] demand = second.demandBps();
        double[] delivered = second.deliveredBps();
        for (int p = 0; p < demand.length; p++) {
            assertThat(delivered[p]).isBetween(0.0, demand[p] * (1 + 1e-9) + 1e-6);
        }
        assertThat(second.unroutedBps()).isGreaterThanOrEqualTo(0);
    }

    private static Topology randomTopology(int n, Random random) {
        List<Node> nodes = new ArrayList<>();
        NodeKind[] kinds = NodeKind.values();
        for (int i = 0; i < n; i++) {
            NodeKind kind = kinds[random.nextInt(kinds.length)];
            nodes.add(kind == NodeKind.GNB ? Node.router("v" + i) : Node.of("v" + i, kind));
        }
        List<Link> links = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            links.add(link(links.size(), "v" + random.nextInt(i), "v" + i, random));
        }
        for (int extra = random.nextInt(n + 1); extra > 0; extra--) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b) {
                links.add(link(links.size(), "v" + a, "v" + b, random));
            }
        }
        return Topology.of("random", nodes, links);
    }

    private static Link link(int index, String a, String b, Random random) {
        return Link.between("L" + index, a, b).capacity(DataRate.ofGbps(1 + random.nextInt(40)))
                .metric(1 + random.nextInt(3)).build();
    }

    private static Fault randomFault(Topology topology, Random random) {
        List<Link> links = topology.links();
        List<Node> nodes = topology.nodes();
        LinkId link = links.get(random.nextInt(links.size())).id();
        NodeId node = nodes.get(random.nextInt(nodes.size())).id();
        switch (random.nextInt(9)) {
            case 0:
                return new Fault.LinkDown(link);
            case 1:
                return new Fault.LinkUp(link);
            case 2:
                return new Fault.NodeDown(node);
            case 3:
                return new Fault.NodeUp(node);
            case 4:
                return new Fault.Degrade(link, random.nextDouble(), Duration.ofMillis(random.nextInt(20)));
            case 5:
                return new Fault.Restore(link);
            case 6:
                return new Fault.Surge(Set.of(node), Set.of(), List.of(), random.nextDouble() * 20,
                        Duration.ofSeconds(1 + random.nextInt(5)));
            case 7:
                return new Fault.Reboot(node.value());
            default:
                return new Fault.ClockJump(node.value(), Duration.ofMillis(random.nextInt(2000) - 1000));
        }
    }
}
