package org.nettwin.twin.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nettwin.model.traffic.Demand;
import org.nettwin.model.traffic.TrafficMatrix;
import org.nettwin.model.units.DataRate;

class EstimationErrorTest {

    private static TrafficMatrix matrix(double ab, double ba, double ac) {
        return new TrafficMatrix(List.of(Demand.of("A", "B", DataRate.ofMbps(ab)), Demand.of("B", "A", DataRate.ofMbps(ba)),
                Demand.of("A", "C", DataRate.ofMbps(ac))));
    }

    @Test
    void isZeroForTheTruthItself() {
        EstimationError error = EstimationError.of(matrix(3, 4, 1), matrix(3, 4, 1));
        assertThat(error.relativeL2()).isZero();
        assertThat(error.meanRelativeErrorOfLargest()).isZero();
    }

    @Test
    void measuresTheRelativeDistance() {
        EstimationError error = EstimationError.of(matrix(0, 4, 0), matrix(3, 4, 0));
        assertThat(error.relativeL2()).isCloseTo(3.0 / 5.0, within(1e-12));
    }

    @Test
    void averagesOnlyOverThePairsCarryingThreeQuartersOfTheTraffic() {
        // Truth 60, 30, 10: the two largest carry 90 % >= 75 %; the small pair's 100 % error is left out.
        EstimationError error = EstimationError.of(matrix(66, 27, 0), matrix(60, 30, 10));
        assertThat(error.meanRelativeErrorOfLargest()).isCloseTo((0.1 + 0.1) / 2, within(1e-12));
    }

    @Test
    void countsAPairMissingFromTheEstimateAsZero() {
        TrafficMatrix estimate = new TrafficMatrix(List.of(Demand.of("B", "A", DataRate.ofMbps(4))));
        assertThat(EstimationError.of(estimate, matrix(3, 4, 0)).relativeL2()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void refusesATruthWithoutTraffic() {
        assertThatThrownBy(() -> EstimationError.of(matrix(1, 1, 1), matrix(0, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no traffic");
    }
}
