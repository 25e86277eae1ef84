package org.nettwin.sim.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.nettwin.sim.result.Estimate;
import org.nettwin.sim.result.FlowMetric;
import org.nettwin.sim.result.FlowResult;
import org.nettwin.sim.result.LinkMetric;
import org.nettwin.sim.result.LinkResult;
import org.nettwin.sim.result.SimulationResult;

class ResultComparisonTest {

    private static FlowResult flow(String id, double delayS, double tx, double lost, double throughput) {
        Map<FlowMetric, Estimate> v = new EnumMap<>(FlowMetric.class);
        v.put(FlowMetric.MEAN_DELAY_S, Estimate.of(delayS));
        v.put(FlowMetric.TX_PACKETS, Estimate.of(tx));
        v.put(FlowMetric.RX_PACKETS, Estimate.of(tx - lost));
        v.put(FlowMetric.LOST_PACKETS, Estimate.of(lost));
        v.put(FlowMetric.THROUGHPUT_BPS, Estimate.of(throughput));
        return new FlowResult(id, v);
    }

    private static LinkResult link(String id, String from, String to, double utilisation, double dropped) {
        return new LinkResult(id, from, to, Map.of(LinkMetric.UTILISATION, Estimate.of(utilisation),
                LinkMetric.DROPPED_PACKETS, Estimate.of(dropped)));
    }

    private static SimulationResult result(String engine, List<FlowResult> flows, List<LinkResult> links) {
        return new SimulationResult("s", engine, 1, 0, 0, flows, links);
    }

    private static final SimulationResult BASELINE = result("flow",
            List.of(flow("1", 0.010, 1000, 0, 1e6), flow("7", 0.005, 1000, 0, 1e6), flow("3", 0.020, 1000, 10, 1e6),
                    flow("gone", 0.001, 10, 0, 1e3)),
            List.of(link("2", "1", "3", 0.62, 0), link("4", "0", "1", 0.9, 5), link("5", "0", "2", 0.1, 0)));
    private static final SimulationResult WHAT_IF = result("packet",
            List.of(flow("1", 0.0105, 1000, 0, 1e6), flow("7", 0.017, 1000, 0, 1e6), flow("3", 0.020, 1000, 100, 0.8e6),
                    flow("new", 0.001, 10, 0, 1e3)),
            List.of(link("2", "1", "3", 1.08, 300), link("4", "0", "1", 0.5, 5), link("6", "3", "4", 0.3, 0)));

    @Test
    void sortsFlowsWorstFirstAndHeadlinesTheWorst() {
        ResultComparison c = ResultComparison.of(BASELINE, WHAT_IF, 0.8);
        assertThat(c.flows()).extracting(FlowChange::id).containsExactly("7", "3", "1");
        assertThat(c.flows().get(0).delayS().orElseThrow().percent()).isCloseTo(240, within(1e-9));
        assertThat(c.flows().get(1).lossPercent().orElseThrow().delta()).isCloseTo(9, within(1e-9));
        assertThat(c.headline().get(0)).isEqualTo("1 flow slower by > 10 %, worst flow 7: +240 % delay (+12 ms)");
        assertThat(c.headline()).contains("1 flow with more loss, worst flow 3: +9 pp loss (1 % -> 10 %)",
                "1 flow with > 10 % less throughput, worst flow 3: -20 % throughput",
                "link 2 (1->3) crosses 80 %: 62 % -> 108 %", "link 4 (0->1) crosses 80 %: 90 % -> 50 % (down)",
                "link 2 (1->3) drops 300 packets (was 0)");
    }

    @Test
    void listsFlowsThatAppearOrDisappear() {
        ResultComparison c = ResultComparison.of(BASELINE, WHAT_IF, 0.8);
        assertThat(c.onlyInBaseline()).containsExactly("gone");
        assertThat(c.onlyInWhatIf()).containsExactly("new");
        assertThat(c.headline()).contains("1 flow only in the what-if: new", "1 flow only in the baseline (gone): gone");
    }

    @Test
    void aDirectionMissingFromOneResultCarriedNothingThere() {
        ResultComparison c = ResultComparison.of(BASELINE, WHAT_IF, 0.25);
        assertThat(c.crossings()).extracting(LinkChange::label).contains("link 6 (3->4)");
        assertThat(c.crossings()).filteredOn(l -> l.id().equals("6")).first()
                .satisfies(l -> assertThat(l.utilisation().orElseThrow().before()).isZero());
    }

    @Test
    void figuresAResultLacksAreSkippedNotGuessed() {
        SimulationResult sparse = result("other", List.of(new FlowResult("1", Map.of(FlowMetric.MEAN_DELAY_S,
                Estimate.of(0.05)))), List.of(new LinkResult("2", "1", "3", Map.of())));
        ResultComparison c = ResultComparison.of(BASELINE, sparse, 0.8);
        FlowChange f = c.flows().get(0);
        assertThat(f.delayS()).isPresent();
        assertThat(f.lossPercent()).isEmpty();
        assertThat(f.throughputBps()).isEmpty();
        assertThat(c.crossings()).isEmpty();
        assertThat(c.newDrops()).isEmpty();
    }

    @Test
    void identicalResultsHaveNoSignificantChange() {
        ResultComparison c = ResultComparison.of(BASELINE, BASELINE, 0.8);
        assertThat(c.headline()).hasSize(1).first().asString().startsWith("no significant change");
        assertThat(c.flows()).allMatch(f -> f.severity() == 0);
    }

    @Test
    void refusesAThresholdThatIsNotAUtilisation() {
        assertThatThrownBy(() -> ResultComparison.of(BASELINE, WHAT_IF, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jsonCarriesTheHeadlineAndTheChanges() {
        String json = ComparisonJson.write(ResultComparison.of(BASELINE, WHAT_IF, 0.8));
        assertThat(json).contains("\"format\" : \"nettwin-comparison/1\"").contains("\"headline\"")
                .contains("\"percent\" : 240.").contains("\"only_in_what_if\" : [ \"new\" ]");
    }

    @Property
    void aFlowThatOnlyGetsSlowerIsNeverRankedBelowOneThatDidNotChange(
            @ForAll @DoubleRange(min = 0.01, max = 1) double before, @ForAll @DoubleRange(min = 0, max = 100) double more) {
        SimulationResult a = result("x", List.of(flow("same", 0.01, 100, 0, 1e6), flow("slow", before, 100, 0, 1e6)),
                List.of());
        SimulationResult b = result("x", List.of(flow("same", 0.01, 100, 0, 1e6),
                flow("slow", before * (1 + more), 100, 0, 1e6)), List.of());
        assertThat(ResultComparison.of(a, b, 0.8).flows().get(0).id()).isEqualTo(more > 0 ? "slow" : "same");
    }
}
