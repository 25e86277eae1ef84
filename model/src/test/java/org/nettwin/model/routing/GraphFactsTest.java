package org.nettwin.model.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nettwin.model.routing.Networks.id;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;

class GraphFactsTest {

    @Test
    void callsAnEmptyNetworkConnectedWithNoDiameter() {
        GraphFacts facts = GraphFacts.of(Topology.of("empty", List.of(), List.of()));

        assertThat(facts.isConnected()).isTrue();
        assertThat(facts.components()).isZero();
        assertThat(facts.largestComponent()).isEmpty();
        assertThat(facts.hopDiameter()).isZero();
    }

    @Test
    void callsASingleNodeConnectedWithNoDiameter() {
        GraphFacts facts = GraphFacts.of(Networks.network().nodes("A").build());

        assertThat(facts.isConnected()).isTrue();
        assertThat(facts.components()).isEqualTo(1);
        assertThat(facts.largestComponent()).containsExactly(id("A"));
        assertThat(facts.hopDiameter()).isZero();
    }

    @Test
    void countsIsolatedNodesAsComponentsAndPicksTheFirstLargest() {
        GraphFacts facts = GraphFacts.of(Networks.disconnected());

        assertThat(facts.isConnected()).isFalse();
        assertThat(facts.components()).isEqualTo(3);
        assertThat(facts.largestComponent()).containsExactly(id("A"), id("B"));
        assertThat(facts.hopDiameter()).isEqualTo(1);
        assertThat(facts.nodeCount()).isEqualTo(5);
        assertThat(facts.linkCount()).isEqualTo(2);
    }

    @Test
    void measuresTheDiameterInHopsWhateverTheMetrics() {
        Topology chain = Networks.network().nodes("A", "B", "C", "D", "E")
                .link("ab", "A", "B", 50).link("bc", "B", "C", 1).link("cd", "C", "D", 1).link("de", "D", "E", 9)
                .link("shortcut", "A", "E", 1000).link("twin", "A", "B", 1).build();

        assertThat(GraphFacts.of(chain).hopDiameter()).isEqualTo(2);
        assertThat(GraphFacts.of(chain.withoutLink(Networks.link("shortcut"))).hopDiameter()).isEqualTo(4);
    }

    @Test
    void measuresTheLargestComponentOnly() {
        Topology t = Networks.network().nodes("A", "B", "C", "D", "E", "F", "G")
                .link("ab", "A", "B", 1).link("bc", "B", "C", 1).link("ca", "C", "A", 1)
                .link("de", "D", "E", 1).link("ef", "E", "F", 1).link("fg", "F", "G", 1).build();

        GraphFacts facts = GraphFacts.of(t);

        assertThat(facts.largestComponent()).containsExactly(id("D"), id("E"), id("F"), id("G"));
        assertThat(facts.hopDiameter()).isEqualTo(3);
    }

    @Property(tries = 80)
    void agreesWithNaiveBreadthFirstSearch(@ForAll long seed,
                                           @ForAll @IntRange(min = 0, max = 40) int n,
                                           @ForAll @IntRange(min = 0, max = 50) int m) {
        Topology t = RandomNetworks.sparse(new Random(seed), n, m, 3);

        GraphFacts facts = GraphFacts.of(t);

        Naive expected = naive(t);
        assertThat(facts.components()).isEqualTo(expected.components.size());
        assertThat(facts.isConnected()).isEqualTo(expected.components.size() <= 1);
        assertThat(new HashSet<>(facts.largestComponent())).isEqualTo(expected.largest);
        assertThat(facts.hopDiameter()).isEqualTo(expected.diameter);
    }

    @Test
    void handlesAKdlSizedNetwork() {
        Topology t = RandomNetworks.connected(new Random(754), 754, 899, 10);

        GraphFacts facts = GraphFacts.of(t);

        assertThat(facts.isConnected()).isTrue();
        assertThat(facts.largestComponent()).hasSize(754);
        assertThat(facts.linkCount()).isEqualTo(899);
        assertThat(facts.hopDiameter()).isEqualTo(naive(t).diameter);
    }

    private record Naive(List<Set<NodeId>> components, Set<NodeId> largest, int diameter) {
    }

    /** topo_truth.py's {@code facts}: components by BFS in file order, the first largest, max BFS eccentricity. */
    private static Naive naive(Topology t) {
        Map<NodeId, Set<NodeId>> adj = Reference.adjacency(t);
        List<Set<NodeId>> components = new ArrayList<>();
        Set<NodeId> seen = new HashSet<>();
        for (Node node : t.nodes()) {
            if (seen.add(node.id())) {
                Set<NodeId> c = Reference.bfs(adj, node.id()).keySet();
                seen.addAll(c);
                components.add(c);
            }
        }
        Set<NodeId> largest = Set.of();
        for (Set<NodeId> c : components) {
            if (c.size() > largest.size()) {
                largest = c;
            }
        }
        int diameter = 0;
        for (NodeId node : largest) {
            diameter = Math.max(diameter, Collections.max(Reference.bfs(adj, node).values()));
        }
        return new Naive(components, largest, diameter);
    }
}
