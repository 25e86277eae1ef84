package org.nettwin.model.routing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;

/**
 * The static load computation, the first and instant what-if: routes every demand of a {@link TrafficMatrix} over
 * one snapshot's shortest paths (single path or ECMP equal split) and adds up the load of every link direction.
 * Demands are grouped by destination and pushed down each destination's table once, O(N (N + L)) at worst however
 * many demands there are. A demand with no path, or an end not in the snapshot, is reported as unrouted.
 */
public final class LoadComputation {

    private final Routing routing;

    private LoadComputation(Routing routing) {
        this.routing = routing;
    }

    public static LoadComputation of(Topology topology) {
        return new LoadComputation(Routing.of(topology));
    }

    /** A computation that shares the (cached) tables of {@code routing}. */
    public static LoadComputation of(Routing routing) {
        return new LoadComputation(requireNonNull(routing, "routing"));
    }

    public Routing routing() {
        return routing;
    }

    /** Routes {@code matrix} in {@code mode} and returns the load of every link direction. */
    public LinkLoads route(TrafficMatrix matrix, RoutingMode mode) {
        requireNonNull(matrix, "matrix");
        requireNonNull(mode, "mode");
        RoutingGraph graph = routing.graph();
        int n = graph.nodeCount();
        List<Demand> unrouted = new ArrayList<>();
        int[] origin = new int[matrix.size()];
        int[] destination = new int[matrix.size()];
        double[] rate = new double[matrix.size()];
        int[] perDestination = new int[n + 1];
        int routable = 0;
        for (Demand demand : matrix.demands()) {
            OptionalInt o = graph.indexOf(demand.origin());
            OptionalInt d = graph.indexOf(demand.destination());
            if (o.isEmpty() || d.isEmpty() || !routing.table(d.getAsInt()).reaches(o.getAsInt())) {
                unrouted.add(demand);
                continue;
            }
            origin[routable] = o.getAsInt();
            destination[routable] = d.getAsInt();
            rate[routable] = demand.rate().bitsPerSecond();
            perDestination[d.getAsInt() + 1]++;
            routable++;
        }
        double[] arcLoad = carryAll(graph, mode, routable, origin, destination, rate, perDestination);
        double total = 0;
        for (int i = 0; i < routable; i++) {
            total += rate[i];
        }
        return new LinkLoads(mode, directions(graph, arcLoad), unrouted, DataRate.ofBps(total));
    }

    /**
     * Groups the first {@code routable} demands by destination (a counting sort on {@code perDestination}, which
     * holds each destination's count shifted by one) and carries each group down its destination's table.
     */
    private double[] carryAll(RoutingGraph graph, RoutingMode mode, int routable, int[] origin, int[] destination,
                              double[] rate, int[] perDestination) {
        int n = graph.nodeCount();
        for (int d = 0; d < n; d++) {
            perDestination[d + 1] += perDestination[d];
        }
        int[] next = perDestination.clone();
        int[] byDestination = new int[routable];
        for (int i = 0; i < routable; i++) {
            byDestination[next[destination[i]]++] = i;
        }
        double[] inject = new double[n];
        double[] arcLoad = new double[graph.arcCount()];
        for (int d = 0; d < n; d++) {
            if (perDestination[d] == perDestination[d + 1]) {
                continue;
            }
            for (int k = perDestination[d]; k < perDestination[d + 1]; k++) {
                int demand = byDestination[k];
                inject[origin[demand]] += rate[demand];
            }
            routing.table(d).carry(graph, inject, arcLoad, mode);
        }
        return arcLoad;
    }

    private static List<DirectedLoad> directions(RoutingGraph graph, double[] arcLoad) {
        List<DirectedLoad> out = new ArrayList<>(arcLoad.length);
        for (int arc = 0; arc < arcLoad.length; arc++) {
            out.add(DirectedLoad.of(graph.linkId(arc), graph.nodeId(graph.tail(arc)), graph.nodeId(graph.head(arc)),
                    DataRate.ofBps(arcLoad[arc]), graph.capacity(arc)));
        }
        return out;
    }
}
