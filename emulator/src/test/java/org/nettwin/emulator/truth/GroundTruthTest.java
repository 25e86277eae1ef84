package org.nettwin.emulator.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nettwin.emulator.fault.Fault;

class GroundTruthTest {

    @Test
    void keepsOnlyTheLastSecondsItHasRoomFor() {
        GroundTruth truth = new GroundTruth(3);
        for (int s = 0; s < 10; s++) {
            truth.record(new TruthSecond(s * 1_000_000_000L, Instant.EPOCH, new TruthLayout(List.of(), List.of()),
                    new double[0], new double[0], List.of(), new double[0], new double[0], 0, Map.of()));
        }
        assertThat(truth.seconds()).extracting(TruthSecond::modelNanos)
                .containsExactly(7_000_000_000L, 8_000_000_000L, 9_000_000_000L);
        assertThat(truth.latest().orElseThrow().modelNanos()).isEqualTo(9_000_000_000L);
        truth.record(new InjectedFault(new Fault.Reboot("r1"), Instant.EPOCH, 5));
        assertThat(truth.faults()).hasSize(1);
        assertThatThrownBy(() -> new GroundTruth(0)).hasMessageContaining("capacity");
    }
}
