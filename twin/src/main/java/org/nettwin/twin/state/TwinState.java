package org.nettwin.twin.state;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole live state at {@code at}: the network's name, every node and link with status and load, network-wide
 * KPIs ({@code max_link_utilisation}, {@code mean_link_utilisation}, {@code elements_down}, …), the latest
 * traffic-matrix estimate and fidelity (empty until the first estimate), and the active alarms.
 */
public record TwinState(Instant at, String network, List<NodeState> nodes, List<LinkState> links,
                        Map<String, Double> kpis, Optional<MatrixEstimate> matrix, Optional<Fidelity> fidelity,
                        List<Alarm> alarms) {

    public TwinState {
        requireNonNull(at, "at");
        requireNonNull(network, "network");
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        kpis = Map.copyOf(kpis);
        requireNonNull(matrix, "matrix");
        requireNonNull(fidelity, "fidelity");
        alarms = List.copyOf(alarms);
    }
}
