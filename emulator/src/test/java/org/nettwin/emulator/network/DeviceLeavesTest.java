package org.nettwin.emulator.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nettwin.emulator.device.DeviceRole;
import org.nettwin.emulator.device.EmulatedDevice;
import org.nettwin.emulator.device.Leaf;
import org.nettwin.emulator.device.LeafValue;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.nettwin.NettwinReader;
import org.nettwin.model.topology.Topology;
import org.nettwin.testkit.time.ManualClock;

class DeviceLeavesTest {

    private static Topology metro() throws Exception {
        return new NettwinReader().readNetwork(InputFile.read(Path.of("../examples/metro-5g.json"))).topology();
    }

    @Test
    void everyMetroDeviceHasItsLeavesAndEveryCellExists() throws Exception {
        ManualClock clock = new ManualClock();
        Topology topology = metro();
        EmulatedNetwork net = EmulatedNetwork.of(topology, EmulatorSettings.DEFAULTS, clock);
        Nets.advance(net, clock, Duration.ofSeconds(3));
        long cells = topology.nodes().stream().mapToLong(n -> n.cells().size()).sum();
        assertThat(net.devices().stream().filter(d -> d.role() == DeviceRole.CELL)).hasSize((int) cells);
        assertThat(net.device("gnb-01/gnb-01-n78")).isPresent();
        for (EmulatedDevice d : net.devices()) {
            Set<String> paths = d.leaves().stream().map(Leaf::path).collect(Collectors.toSet());
            if (d.role() == DeviceRole.ROUTER || d.role() == DeviceRole.RADIO_SITE) {
                assertThat(paths).contains(OpenConfigPaths.CPU, OpenConfigPaths.MEMORY_AVAILABLE,
                        OpenConfigPaths.MEMORY_UTILIZED, OpenConfigPaths.BOOT_TIME,
                        OpenConfigPaths.counter("eth0", "in-octets"), OpenConfigPaths.queueDrops("eth0"),
                        OpenConfigPaths.metric("eth0", "state"), OpenConfigPaths.shaping("eth0", "state"),
                        OpenConfigPaths.iface("eth0", "state/description"));
            } else if (d.role() == DeviceRole.SERVER) {
                assertThat(paths).contains("node_cpu_seconds_total", "node_memory_MemTotal_bytes",
                        "node_memory_MemAvailable_bytes", "node_network_receive_bytes_total",
                        "node_network_transmit_bytes_total", "nf_request_duration_seconds_bucket",
                        "nf_request_duration_seconds_sum", "nf_request_duration_seconds_count",
                        "process_start_time_seconds");
            } else {
                assertThat(paths).containsExactlyInAnyOrder("prb_utilisation", "connected_ues", "dl_throughput_bps",
                        "ul_throughput_bps", "cqi");
            }
        }
    }

    @Test
    void serversReportAHistogramPerFunctionThatFollowsTheirTraffic() throws Exception {
        ManualClock clock = new ManualClock();
        EmulatedNetwork net = EmulatedNetwork.of(metro(), EmulatorSettings.DEFAULTS, clock);
        Nets.advance(net, clock, Duration.ofSeconds(5));
        EmulatedDevice amf = Nets.device(net, "core-amf");
        LeafValue.Counter inf = (LeafValue.Counter) Nets.leaf(amf, "nf_request_duration_seconds_bucket",
                Map.of("nf", "smf", "le", "+Inf"));
        LeafValue.Counter fast = (LeafValue.Counter) Nets.leaf(amf, "nf_request_duration_seconds_bucket",
                Map.of("nf", "smf", "le", "0.005"));
        LeafValue.Counter count = (LeafValue.Counter) Nets.leaf(amf, "nf_request_duration_seconds_count",
                Map.of("nf", "smf"));
        assertThat(inf.value()).isGreaterThan(0).isEqualTo(count.value());
        assertThat(fast.value()).isBetween(1L, inf.value());
        LeafValue.Gauge idle = (LeafValue.Gauge) Nets.leaf(amf, "node_cpu_seconds_total", Map.of("cpu", "0", "mode", "idle"));
        assertThat(idle.value()).isBetween(0.0, 5.0);
    }

    @Test
    void aServersLatencyGrowsWithItsLoad() throws Exception {
        ManualClock clock = new ManualClock();
        EmulatedNetwork net = EmulatedNetwork.of(metro(), Nets.steady(), clock);
        EmulatedDevice upf = Nets.device(net, "core-upf-2");
        Nets.advance(net, clock, Duration.ofSeconds(5));
        double quiet = meanLatency(upf);
        net.inject(new org.nettwin.emulator.fault.Fault.Surge(Set.of(),
                Set.of(org.nettwin.model.topology.NodeId.of("core-upf-2")), List.of(), 2.5, Duration.ofMinutes(1)));
        double sum0 = ((LeafValue.Gauge) Nets.leaf(upf, "nf_request_duration_seconds_sum", Map.of("nf", "upf"))).value();
        long count0 = ((LeafValue.Counter) Nets.leaf(upf, "nf_request_duration_seconds_count", Map.of("nf", "upf"))).value();
        Nets.advance(net, clock, Duration.ofSeconds(5));
        double sum1 = ((LeafValue.Gauge) Nets.leaf(upf, "nf_request_duration_seconds_sum", Map.of("nf", "upf"))).value();
        long count1 = ((LeafValue.Counter) Nets.leaf(upf, "nf_request_duration_seconds_count", Map.of("nf", "upf"))).value();
        assertThat((sum1 - sum0) / (count1 - count0)).isGreaterThan(quiet * 1.2);
        assertThat(count1 - count0).isGreaterThan(2 * count0);
    }

    private static double meanLatency(EmulatedDevice server) {
        double sum = ((LeafValue.Gauge) Nets.leaf(server, "nf_request_duration_seconds_sum", Map.of("nf", "upf"))).value();
        long count = ((LeafValue.Counter) Nets.leaf(server, "nf_request_duration_seconds_count", Map.of("nf", "upf")))
                .value();
        return sum / count;
    }

    @Test
    void cellsFollowTheirRadioSitesTraffic() throws Exception {
        ManualClock clock = new ManualClock();
        EmulatedNetwork net = EmulatedNetwork.of(metro(), EmulatorSettings.DEFAULTS, clock);
        Nets.advance(net, clock, Duration.ofSeconds(2));
        EmulatedDevice cell = Nets.device(net, "gnb-01/gnb-01-n78");
        double dl = ((LeafValue.Gauge) Nets.leaf(cell, "dl_throughput_bps")).value();
        double cqi = ((LeafValue.Gauge) Nets.leaf(cell, "cqi")).value();
        double prb = ((LeafValue.Gauge) Nets.leaf(cell, "prb_utilisation")).value();
        assertThat(dl).isGreaterThan(0);
        assertThat(cqi).isBetween(1.0, 15.0);
        assertThat(prb).isBetween(1.0, 99.0);
        net.inject(new org.nettwin.emulator.fault.Fault.NodeDown(org.nettwin.model.topology.NodeId.of("gnb-01")));
        assertThat(cell.reachable()).isFalse();
    }

    @Test
    void transitRoutersSendOnWhatTheyReceive() throws Exception {
        ManualClock clock = new ManualClock();
        EmulatedNetwork net = EmulatedNetwork.of(metro(), EmulatorSettings.DEFAULTS, clock);
        Nets.advance(net, clock, Duration.ofSeconds(20));
        for (String id : List.of("agg-north", "agg-east", "agg-south", "agg-west")) {
            long in = 0;
            long out = 0;
            for (Leaf leaf : Nets.device(net, id).leaves()) {
                if (leaf.path().endsWith("/in-octets")) {
                    in += ((LeafValue.Counter) leaf.value()).value();
                } else if (leaf.path().endsWith("/out-octets")) {
                    out += ((LeafValue.Counter) leaf.value()).value();
                }
            }
            assertThat(in).isPositive();
            assertThat((double) out).isCloseTo(in, org.assertj.core.api.Assertions.within(in * 1e-9 + 10));
        }
    }

    @Test
    void aNetworkWithoutLinksRunsWithoutTraffic() {
        Topology lonely = Topology.of("lonely", List.of(org.nettwin.model.topology.Node.router("a")), List.of());
        ManualClock clock = new ManualClock();
        EmulatedNetwork net = EmulatedNetwork.of(lonely, EmulatorSettings.DEFAULTS, clock);
        Nets.advance(net, clock, Duration.ofSeconds(2));
        assertThat(net.truth().latest().orElseThrow().directions()).isEmpty();
        assertThat(Nets.device(net, "a").leaves()).extracting(Leaf::path).contains(OpenConfigPaths.BOOT_TIME);
        assertThatThrownBy(() -> EmulatedNetwork.of(Topology.of("empty", List.of(), List.of()), EmulatorSettings.DEFAULTS,
                clock)).hasMessageContaining("no nodes");
    }

    @Test
    void refusesToConfigureAnythingButEnabledMetricAndShaping() {
        EmulatedNetwork net = EmulatedNetwork.of(Nets.triangle(), EmulatorSettings.DEFAULTS, new ManualClock());
        EmulatedDevice r1 = Nets.device(net, "r1");
        assertThatThrownBy(() -> r1.configure("/system/config/hostname", new LeafValue.Text("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/system/config/hostname");
        assertThatThrownBy(() -> r1.configure(OpenConfigPaths.iface("eth9", "config/enabled"), new LeafValue.Flag(false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eth9");
        assertThatThrownBy(() -> r1.configure(OpenConfigPaths.iface("eth0", "config/enabled"), new LeafValue.Gauge(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes a flag");
        assertThatThrownBy(() -> r1.configure(OpenConfigPaths.metric("eth0", "config"), new LeafValue.Gauge(0.5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metric");
        assertThatThrownBy(() -> r1.configure(OpenConfigPaths.shaping("eth0", "config"), new LeafValue.Gauge(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shaping");
        assertThatThrownBy(() -> r1.configure(OpenConfigPaths.metric("eth0", "state"), new LeafValue.Gauge(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not configurable");
        EmulatedDevice cell = EmulatedNetwork.of(Nets.triangle(), EmulatorSettings.DEFAULTS, new ManualClock())
                .devices().get(0);
        assertThat(cell.id()).isEqualTo("h1");
        assertThat(List.of(r1.role())).containsExactly(DeviceRole.ROUTER);
    }

    @Test
    void interfacesDescribeTheirLinkAndPeer() {
        EmulatedNetwork net = EmulatedNetwork.of(Nets.triangle(), EmulatorSettings.DEFAULTS, new ManualClock());
        EmulatedDevice r1 = Nets.device(net, "r1");
        assertThat(Nets.leaf(r1, OpenConfigPaths.iface("eth2", "state/description")))
                .isEqualTo(new LeafValue.Text("link=L4 peer=r3"));
        assertThat(Nets.leaf(r1, OpenConfigPaths.iface("eth2", "state/high-speed"))).isEqualTo(new LeafValue.Gauge(10_000));
    }
}
