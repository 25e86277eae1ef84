package org.nettwin.model.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nettwin.model.topology.NodeId;
import org.nettwin.model.units.DataRate;

class TrafficMatrixSeriesTest {

    private static final OdPair AB = OdPair.of("A", "B");
    private static final OdPair BA = OdPair.of("B", "A");
    private static final LocalDateTime T0 = LocalDateTime.of(2004, 3, 1, 0, 0);
    private static final LocalDateTime T1 = T0.plusMinutes(5);

    private final TrafficMatrixSeries series = TrafficMatrixSeries.of(List.of(NodeId.of("A"), NodeId.of("B")),
            List.of(AB, BA), List.of(T0, T1), new double[][] {{1e6, Double.NaN}, {0, 3e6}});

    @Test
    void leavesMissingPairsOutOfTheMatrixButKeepsMeasuredZeros() {
        assertThat(series.size()).isEqualTo(2);
        assertThat(series.time(1)).isEqualTo(T1);
        assertThat(series.matrix(0).demands()).containsExactly(Demand.of("A", "B", DataRate.ofMbps(1)));
        assertThat(series.matrix(1).demands()).containsExactly(Demand.of("A", "B", DataRate.ZERO),
                Demand.of("B", "A", DataRate.ofMbps(3)));
        assertThat(series.missingCount()).isEqualTo(1);
    }

    @Test
    void givesSingleValuesAndWholeColumns() {
        assertThat(series.value(0, BA)).isEmpty();
        assertThat(series.value(1, BA)).contains(DataRate.ofMbps(3));
        assertThat(series.bitsPerSecond(BA)).containsExactly(Double.NaN, 3e6);
        assertThatThrownBy(() -> series.value(0, OdPair.of("A", "C"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> series.value(2, AB)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void copiesItsValuesSoThatItStaysImmutable() {
        double[][] rows = {{1, 2}};
        TrafficMatrixSeries s = TrafficMatrixSeries.of(List.of(NodeId.of("A"), NodeId.of("B")), List.of(AB, BA),
                List.of(T0), rows);
        rows[0][0] = 99;
        s.bitsPerSecond(AB)[0] = 99;

        assertThat(s.value(0, AB)).contains(DataRate.ofBps(1));
    }

    @Test
    void refusesInconsistentInput() {
        List<NodeId> nodes = List.of(NodeId.of("A"), NodeId.of("B"));
        assertThatThrownBy(() -> TrafficMatrixSeries.of(nodes, List.of(AB), List.of(T1, T0), new double[][] {{1}, {2}}))
                .hasMessageContaining("times must increase");
        assertThatThrownBy(() -> TrafficMatrixSeries.of(nodes, List.of(AB, AB), List.of(T0), new double[][] {{1, 2}}))
                .hasMessageContaining("duplicate pair");
        assertThatThrownBy(() -> TrafficMatrixSeries.of(nodes, List.of(AB), List.of(T0), new double[][] {{-1}}))
                .hasMessageContaining(">= 0");
        assertThatThrownBy(() -> TrafficMatrixSeries.of(nodes, List.of(AB), List.of(T0), new double[][] {{1, 2}}))
                .hasMessageContaining("row 0");
        assertThatThrownBy(() -> TrafficMatrixSeries.of(List.of(NodeId.of("A")), List.of(AB), List.of(T0),
                new double[][] {{1}})).hasMessageContaining("not in the series");
    }
}
