package org.nettwin.model.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.Node;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.topology.Topology;
import org.nettwin.model.units.DataRate;

class GravityModelTest {

    private static final NodeId A = NodeId.of("A");
    private static final NodeId B = NodeId.of("B");
    private static final NodeId C = NodeId.of("C");

    /** Weights 1, 2, 3: the sum over i != j of w_i w_j is 2 * (1*2 + 1*3 + 2*3) = 22. */
    private final GravityModel abc = GravityModel.ofWeights(Map.of(C, 3.0, A, 1.0, B, 2.0));

    @Test
    void matchesAHandComputedThreeNodeExample() {
        TrafficMatrix m = abc.matrix(DataRate.ofMbps(22));

        assertThat(m.demands()).extracting(Demand::id).containsExactly("A->B", "A->C", "B->A", "B->C", "C->A", "C->B");
        assertThat(m.between(A, B).megabitsPerSecond()).isCloseTo(2, within(1e-9));
        assertThat(m.between(A, C).megabitsPerSecond()).isCloseTo(3, within(1e-9));
        assertThat(m.between(B, A).megabitsPerSecond()).isCloseTo(2, within(1e-9));
        assertThat(m.between(B, C).megabitsPerSecond()).isCloseTo(6, within(1e-9));
        assertThat(m.between(C, A).megabitsPerSecond()).isCloseTo(3, within(1e-9));
        assertThat(m.between(C, B).megabitsPerSecond()).isCloseTo(6, within(1e-9));
    }

    @Property(tries = 100)
    void ratesAddUpToTheTotal(@ForAll @Size(min = 2, max = 30) List<@DoubleRange(min = 0.01, max = 1e6) Double> ws,
                              @ForAll @DoubleRange(min = 0, max = 1e12) double total) {
        Map<NodeId, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < ws.size(); i++) {
            weights.put(NodeId.of("n" + i), ws.get(i));
        }
        TrafficMatrix m = GravityModel.ofWeights(weights).matrix(DataRate.ofBps(total));

        assertThat(m.size()).isEqualTo(ws.size() * (ws.size() - 1));
        assertThat(m.total().bitsPerSecond()).isCloseTo(total, within(total * 1e-9 + 1e-9));
    }

    @Test
    void derivesWeightsFromDegreeOrAttachedCapacity() {
        Topology t = Topology.of("t", List.of(Node.router("A"), Node.router("B"), Node.router("C")),
                List.of(Link.between("1", "A", "B").capacity(DataRate.ofGbps(10)).build(),
                        Link.between("2", "B", "C").capacity(DataRate.ofGbps(40)).build()));

        assertThat(GravityModel.byDegree(t).weights()).containsExactly(Map.entry(A, 1.0), Map.entry(B, 2.0),
                Map.entry(C, 1.0));
        assertThat(GravityModel.byCapacity(t).weights()).containsExactly(Map.entry(A, 1e10), Map.entry(B, 5e10),
                Map.entry(C, 4e10));
        TrafficMatrix byCapacity = GravityModel.byCapacity(t).matrix(DataRate.ofGbps(1));
        // pairs sum: 2 * (1*5 + 1*4 + 5*4) = 58 (in units of 1e20)
        assertThat(byCapacity.between(B, C).bitsPerSecond()).isCloseTo(1e9 * 20 / 58, within(1e-3));
    }

    @Test
    void addsMeanPreservingLogNormalNoiseReproduciblyFromThePassedGenerator() {
        Map<NodeId, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            weights.put(NodeId.of("n" + i), 1.0 + i % 7);
        }
        GravityModel model = GravityModel.ofWeights(weights);
        DataRate total = DataRate.ofGbps(100);

        TrafficMatrix noisy = model.matrix(total, 0.5, new SplittableRandom(7));

        assertThat(model.matrix(total, 0.5, new SplittableRandom(7))).isEqualTo(noisy);
        assertThat(model.matrix(total, 0.5, new SplittableRandom(8))).isNotEqualTo(noisy);
        assertThat(noisy.total().bitsPerSecond()).isCloseTo(total.bitsPerSecond(), within(0.05 * total.bitsPerSecond()));
        assertThat(noisy.demands().get(0).rate()).isNotEqualTo(model.matrix(total).demands().get(0).rate());
        assertThat(model.matrix(total, 0, new SplittableRandom(7))).isEqualTo(model.matrix(total));
    }

    @Test
    void refusesWeightsThatCannotMakeAMatrix() {
        assertThatThrownBy(() -> GravityModel.ofWeights(Map.of(A, 1.0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GravityModel.ofWeights(Map.of(A, 1.0, B, 0.0)))
                .hasMessageContaining("at least two nodes with a positive weight");
        assertThatThrownBy(() -> GravityModel.ofWeights(Map.of(A, 1.0, B, -2.0))).hasMessageContaining("finite and >= 0");
        assertThatThrownBy(() -> GravityModel.ofWeights(Map.of(A, 1.0, B, Double.NaN))).hasMessageContaining("finite");
        assertThatThrownBy(() -> abc.matrix(DataRate.ofGbps(1), -1, new SplittableRandom(1)))
                .hasMessageContaining("sigma");
    }
}
