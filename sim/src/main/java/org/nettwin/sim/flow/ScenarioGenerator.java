package org.nettwin.sim.flow;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.nettwin.model.routing.LoadComputation;
import org.nettwin.model.routing.LinkLoads;
import org.nettwin.model.routing.Routing;
import org.nettwin.model.routing.RoutingMode;
import org.nettwin.model.scenario.Arrival;
import org.nettwin.model.scenario.Flow;
import org.nettwin.model.scenario.Scenario;
import org.nettwin.model.scenario.SimulationSettings;
import org.nettwin.model.scenario.SizeDistribution;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;

/**
 * Generates test scenarios, reproducibly from a seed: Poisson flows between random connected node pairs of a given
 * network, with exponentially distributed weights, scaled so that the busiest link direction (under the scenario's
 * shortest-path routing) is offered exactly the target utilisation. Also builds the networks to put them on: a real
 * topology with uniform links, a ring, a grid.
 */
public final class ScenarioGenerator {

    private final Profile profile;

    public ScenarioGenerator(Profile profile) {
        this.profile = requireNonNull(profile, "profile");
    }

    /**
     * What to generate: how many flows, their size mix and the packet sizes to draw from (bytes; the mean for
     * exponential sizes), and the run's duration and drain. Flows send from 0 to the end of {@code duration}.
     */
    public record Profile(int flows, SizeMix sizes, List<Integer> packetSizes, Duration duration, Duration drain) {

        /** 30 flows, mixed sizes of 500, 1000 or 1500 bytes, 20 s plus 2 s of drain. */
        public static final Profile DEFAULTS = new Profile(30, SizeMix.MIXED, List.of(500, 1000, 1500),
                Duration.ofSeconds(20), Duration.ofSeconds(2));

        public Profile {
            requireNonNull(sizes, "sizes");
            requireNonNull(duration, "duration");
            requireNonNull(drain, "drain");
            packetSizes = List.copyOf(packetSizes);
            if (flows < 1 || packetSizes.isEmpty() || packetSizes.stream().anyMatch(s -> s < 1)) {
                throw new IllegalArgumentException("a profile needs >= 1 flow and positive packet sizes");
            }
        }

        public Profile withFlows(int n) {
            return new Profile(n, sizes, packetSizes, duration, drain);
        }

        public Profile withSizes(SizeMix mix) {
            return new Profile(flows, mix, packetSizes, duration, drain);
        }

        public Profile withDuration(Duration run, Duration drainAfter) {
            return new Profile(flows, sizes, packetSizes, run, drainAfter);
        }
    }

    /** A scenario on {@code topology} whose busiest link direction runs at the level's utilisation. */
    public Scenario generate(Topology topology, LoadLevel level, long seed) {
        return generate(topology, level.maxUtilisation(), seed, level.name().toLowerCase(Locale.ROOT));
    }

    /**
     * A scenario on {@code topology} whose busiest link direction is offered {@code maxUtilisation} of its capacity.
     *
     * @throws IllegalArgumentException when no two nodes of the network are connected
     */
    public Scenario generate(Topology topology, double maxUtilisation, long seed) {
        return generate(topology, maxUtilisation, seed, String.format(Locale.ROOT, "u%.2f", maxUtilisation));
    }

    private Scenario generate(Topology topology, double maxUtilisation, long seed, String label) {
        if (!(maxUtilisation > 0) || Double.isInfinite(maxUtilisation)) {
            throw new IllegalArgumentException("target utilisation must be > 0, got " + maxUtilisation);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Routing routing = Routing.of(topology);
        List<Demand> demands = pairs(topology, routing, random);
        LinkLoads loads = LoadComputation.of(routing).route(new TrafficMatrix(demands), RoutingMode.SHORTEST_PATH);
        double busiest = loads.max().orElseThrow().utilisation();
        double factor = maxUtilisation / busiest;
        List<Flow> flows = new ArrayList<>(demands.size());
        for (Demand d : demands) {
            flows.add(flow(d, factor, random));
        }
        SimulationSettings settings = new SimulationSettings(profile.duration(), profile.drain(), seed, 1);
        String name = topology.name() + "-" + label + "-" + seed;
        return new Scenario(name, "generated: " + flows.size() + " Poisson flows, busiest link direction at "
                + Math.round(100 * maxUtilisation) + " %", settings, topology, flows, List.of());
    }

    /** Random connected (origin, destination) pairs with exponential weights (in bit/s, before scaling). */
    private List<Demand> pairs(Topology topology, Routing routing, SplittableRandom random) {
        List<Node> nodes = topology.nodes();
        List<Demand> out = new ArrayList<>(profile.flows());
        int attempts = 0;
        while (out.size() < profile.flows()) {
            if (++attempts > 100 * profile.flows() + 1000) {
                throw new IllegalArgumentException(topology.name() + " has too few connected node pairs");
            }
            if (nodes.size() < 2) {
                continue;
            }
            NodeId from = nodes.get(random.nextInt(nodes.size())).id();
            NodeId to = nodes.get(random.nextInt(nodes.size())).id();
            if (from.equals(to) || routing.distance(from, to).isEmpty()) {
                continue;
            }
            double weight = -Math.log(1 - random.nextDouble()) * 1e6;
            out.add(new Demand(Integer.toString(out.size()), from, to, DataRate.ofBps(weight)));
        }
        return out;
    }

    private Flow flow(Demand d, double factor, SplittableRandom random) {
        boolean exponential = profile.sizes() == SizeMix.EXPONENTIAL
                || profile.sizes() == SizeMix.MIXED && random.nextBoolean();
        int size = profile.packetSizes().get(random.nextInt(profile.packetSizes().size()));
        return new Flow(d.id(), d.origin(), d.destination(), Duration.ZERO, profile.duration(), Arrival.POISSON,
                exponential ? SizeDistribution.EXPONENTIAL : SizeDistribution.FIXED, size,
                d.rate().times(factor));
    }

    /** {@code topology} with every link given the same rate, propagation delay and waiting room. */
    public static Topology uniformLinks(Topology topology, DataRate rate, Duration delay, int queuePackets) {
        List<Link> links = new ArrayList<>(topology.links().size());
        for (Link l : topology.links()) {
            links.add(l.toBuilder().capacity(rate).delay(delay).queuePackets(queuePackets).build());
        }
        return Topology.of(topology.name(), topology.nodes(), links);
    }

    /** A ring of {@code n} >= 3 routers, nodes "0".."n-1", link i joining i and i+1. */
    public static Topology ring(int n, DataRate rate, Duration delay, int queuePackets) {
        if (n < 3) {
            throw new IllegalArgumentException("a ring needs >= 3 nodes, got " + n);
        }
        List<Node> nodes = new ArrayList<>(n);
        List<Link> links = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            nodes.add(Node.router(Integer.toString(i)));
            links.add(Link.between(Integer.toString(i), Integer.toString(i), Integer.toString((i + 1) % n))
                    .capacity(rate).delay(delay).queuePackets(queuePackets).build());
        }
        return Topology.of("ring" + n, nodes, links);
    }

    /** A rows x columns grid of routers, node r*columns+c, links to the right and downwards. */
    public static Topology grid(int rows, int columns, DataRate rate, Duration delay, int queuePackets) {
        if (rows < 1 || columns < 1 || rows * columns < 2) {
            throw new IllegalArgumentException("a grid needs >= 2 nodes, got " + rows + " x " + columns);
        }
        List<Node> nodes = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                nodes.add(Node.router(Integer.toString(r * columns + c)));
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int at = r * columns + c;
                if (c + 1 < columns) {
                    links.add(gridLink(links.size(), at, at + 1, rate, delay, queuePackets));
                }
                if (r + 1 < rows) {
                    links.add(gridLink(links.size(), at, at + columns, rate, delay, queuePackets));
                }
            }
        }
        return Topology.of("grid" + rows + "x" + columns, nodes, links);
    }

    private static Link gridLink(int id, int a, int b, DataRate rate, Duration delay, int queuePackets) {
        return Link.between(Integer.toString(id), Integer.toString(a), Integer.toString(b)).capacity(rate).delay(delay)
                .queuePackets(queuePackets).build();
    }
}
