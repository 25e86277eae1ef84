package org.nettwin.sim.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;

class ResultJsonTest {

    private static SimulationResult sample() {
        FlowResult f0 = new FlowResult("0", Map.of(FlowMetric.TX_PACKETS, Estimate.of(45000, 12.5),
                FlowMetric.MEAN_DELAY_S, Estimate.of(0.0041, 0.0001), FlowMetric.THROUGHPUT_BPS, Estimate.of(5.99e6)));
        FlowResult fa = new FlowResult("video-a", Map.of(FlowMetric.MEAN_DELAY_S, Estimate.of(0.012)));
        LinkResult l = new LinkResult("1", "0", "2", Map.of(LinkMetric.UTILISATION, Estimate.of(0.83),
                LinkMetric.DROPPED_PACKETS, Estimate.of(12)));
        return new SimulationResult("s2-diamond", "packet", 3, 1_234_567, 0.84, List.of(f0, fa), List.of(l));
    }

    @Test
    void writesTheSpecFieldNamesAndIntegerIds() {
        String json = ResultJson.write(sample());
        assertThat(json).contains("\"format\" : \"nettwin-result/1\"").contains("\"engine\" : \"packet\"")
                .contains("\"events_executed\" : 1234567").contains("\"id\" : 0").contains("\"id\" : \"video-a\"")
                .contains("\"tx_packets\" : 45000").contains("\"tx_packets_ci95\" : 12.5")
                .contains("\"mean_delay_s\" : 0.0041").contains("\"from\" : 0").contains("\"utilisation\" : 0.83");
        assertThat(json).doesNotContain("p99_delay_s");
    }

    @Test
    void readsBackWhatItWrote() throws FormatException {
        SimulationResult back = ResultJson.read(InputFile.ofText("r.json", ResultJson.write(sample())));
        assertThat(back).isEqualTo(sample());
    }

    @Test
    void rejectsFilesThatAreNotResults() {
        assertThatThrownBy(() -> ResultJson.read(InputFile.ofText("x.json", "{\"flows\": []}")))
                .isInstanceOf(FormatException.class).hasMessageStartingWith("x.json: not a nettwin-result/1 result");
        assertThatThrownBy(() -> ResultJson.read(InputFile.ofText("x.json", "{\"format\": \"nettwin-result/1\",\n"
                + "\"flows\": [{\"id\": 1, \"mean_delay_s\": \"slow\"}]}")))
                .isInstanceOf(FormatException.class).hasMessage("x.json: flow 1: \"mean_delay_s\" is not a number");
        assertThatThrownBy(() -> ResultJson.read(InputFile.ofText("x.json", "{\"format\": ")))
                .isInstanceOf(FormatException.class).hasMessageStartingWith("x.json: line 1: not valid JSON");
    }

    @Test
    void confidenceHalfWidthFollowsStudentT() {
        Estimate e = Estimate.ofSamples(new double[] {1, 2, 3});
        assertThat(e.mean()).isEqualTo(2.0);
        // sd = 1, t(0.975, 2) = 4.303, n = 3
        assertThat(e.ci95().getAsDouble()).isCloseTo(4.303 / Math.sqrt(3), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Estimate.ofSamples(new double[] {5}).ci95()).isEmpty();
        assertThat(StudentT.quantile975(1000)).isCloseTo(1.9623, org.assertj.core.data.Offset.offset(1e-3));
    }
}
