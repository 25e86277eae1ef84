package org.nettwin.model.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.nettwin.model.units.DataRate;

class TopologyTest {

    private static Topology square() {
        List<Node> nodes = List.of(Node.router("A"), Node.router("B"), Node.router("C"), Node.router("D"));
        List<Link> links = List.of(
                Link.between("ab", "A", "B").build(),
                Link.between("bc", "B", "C").build(),
                Link.between("cd", "C", "D").build(),
                Link.between("da", "D", "A").build(),
                Link.between("ab2", "A", "B").metric(5).build());
        return Topology.of("square", nodes, links);
    }

    @Test
    void keepsFileOrderAndParallelLinks() {
        Topology t = square();
        assertThat(t.nodes()).extracting(n -> n.id().value()).containsExactly("A", "B", "C", "D");
        assertThat(t.links()).extracting(l -> l.id().value()).containsExactly("ab", "bc", "cd", "da", "ab2");
        assertThat(t.linksAt(NodeId.of("A"))).extracting(l -> l.id().value()).containsExactly("ab", "da", "ab2");
        assertThat(t.version()).isEqualTo(1);
    }

    @Test
    void removingALinkGivesANewVersionAndLeavesTheOriginalUntouched() {
        Topology t = square();
        Topology without = t.withoutLink(LinkId.of("bc"));
        assertThat(without.version()).isEqualTo(2);
        assertThat(without.link(LinkId.of("bc"))).isEmpty();
        assertThat(without.links()).hasSize(4);
        assertThat(t.link(LinkId.of("bc"))).isPresent();
        assertThat(t.links()).hasSize(5);
        assertThat(without.linksAt(NodeId.of("B"))).extracting(l -> l.id().value()).containsExactly("ab", "ab2");
    }

    @Test
    void removingANodeHidesItsLinks() {
        Topology without = square().withoutNode(NodeId.of("A"));
        assertThat(without.contains(NodeId.of("A"))).isFalse();
        assertThat(without.links()).extracting(l -> l.id().value()).containsExactly("bc", "cd");
        assertThat(without.linksAt(NodeId.of("A"))).isEmpty();
        assertThat(without.order(NodeId.of("C"))).isEqualTo(2);
    }

    @Test
    void replacingALinkKeepsItsPlaceInFileOrder() {
        Topology t = square();
        Link slower = t.link(LinkId.of("cd")).orElseThrow().withCapacity(DataRate.ofMbps(10)).withMetric(7);
        Topology changed = t.withLink(slower);
        assertThat(changed.links().get(2)).isEqualTo(slower);
        assertThat(changed.link(LinkId.of("cd"))).contains(slower);
        assertThat(t.link(LinkId.of("cd")).orElseThrow().metric()).isEqualTo(1);
    }

    @Test
    void addingElementsAppendsThem() {
        Topology t = square().withNode(Node.router("E")).withLink(Link.between("ae", "A", "E").build());
        assertThat(t.nodes()).hasSize(5);
        assertThat(t.linksAt(NodeId.of("E"))).hasSize(1);
        assertThat(t.version()).isEqualTo(3);
    }

    @Test
    void aRestoredLinkComesBack() {
        Topology t = square();
        Link bc = t.link(LinkId.of("bc")).orElseThrow();
        Topology back = t.withoutLink(bc.id()).withLink(bc);
        assertThat(back.links()).isEqualTo(t.links());
        assertThat(back.version()).isEqualTo(3);
    }

    @Test
    void rejectsDuplicateIdsAndDanglingLinks() {
        assertThatThrownBy(() -> Topology.of("x", List.of(Node.router("A"), Node.router("A")), List.of()))
                .hasMessageContaining("duplicate node id A");
        assertThatThrownBy(() -> Topology.of("x", List.of(Node.router("A"), Node.router("B")),
                List.of(Link.between("l", "A", "B").build(), Link.between("l", "B", "A").build())))
                .hasMessageContaining("duplicate link id l");
        assertThatThrownBy(() -> Topology.of("x", List.of(Node.router("A")), List.of(Link.between("l", "A", "Z").build())))
                .hasMessageContaining("unknown node Z");
        assertThatThrownBy(() -> square().withoutLink(LinkId.of("zz"))).hasMessageContaining("no link zz");
    }

    @Test
    void linksValidateTheirParts() {
        assertThatThrownBy(() -> Link.between("l", "A", "A").build()).hasMessageContaining("self-loop");
        assertThatThrownBy(() -> Link.between("l", "A", "B").metric(0).build()).hasMessageContaining("metric");
        assertThatThrownBy(() -> Link.between("l", "A", "B").delay(java.time.Duration.ofMillis(-1)).build())
                .hasMessageContaining("negative delay");
        assertThatThrownBy(() -> DataRate.ofMbps(-1)).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> DataRate.ofBps(Double.NaN)).hasMessageContaining("finite");
    }

    @Property(tries = 100)
    void manyChangesAgreeWithRebuildingFromScratch(@ForAll @IntRange(min = 0, max = 200) int seed) {
        java.util.Random random = new java.util.Random(seed);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            nodes.add(Node.router("n" + i));
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int a = random.nextInt(30);
            int b = (a + 1 + random.nextInt(29)) % 30;
            links.add(Link.between("l" + i, "n" + a, "n" + b).metric(1 + random.nextInt(9)).build());
        }
        Topology t = Topology.of("random", nodes, links);
        List<Link> expected = new ArrayList<>(links);
        for (int step = 0; step < 100 && expected.size() > 1; step++) {
            Link victim = expected.get(random.nextInt(expected.size()));
            if (random.nextBoolean()) {
                t = t.withoutLink(victim.id());
                expected.remove(victim);
            } else {
                Link changed = victim.withMetric(1 + random.nextInt(50));
                t = t.withLink(changed);
                expected.set(expected.indexOf(victim), changed);
            }
        }
        assertThat(t.links()).isEqualTo(expected);
        assertThat(Topology.of("random", nodes, expected).links()).isEqualTo(t.links());
    }
}
