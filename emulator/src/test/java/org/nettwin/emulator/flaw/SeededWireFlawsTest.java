package org.nettwin.emulator.flaw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nettwin.emulator.device.Delivery;

class SeededWireFlawsTest {

    private static final DeviceFlaws FLAWS = DeviceFlaws.NONE.withMessages(0.05, 0.02, 0.1, 0.01, Duration.ofSeconds(3));

    @Test
    void fatesComeAtTheirProbabilities() {
        SeededWireFlaws wire = SeededWireFlaws.of(FLAWS, 42, "r1");
        int n = 200_000;
        Map<Delivery, Integer> counts = new EnumMap<>(Delivery.class);
        for (int i = 0; i < n; i++) {
            counts.merge(wire.next(), 1, Integer::sum);
        }
        assertWithinBinomialBound(counts.getOrDefault(Delivery.DROP, 0), n, 0.05);
        assertWithinBinomialBound(counts.getOrDefault(Delivery.DUPLICATE, 0), n, 0.02);
        assertWithinBinomialBound(counts.getOrDefault(Delivery.LATE, 0), n, 0.1);
        assertWithinBinomialBound(counts.getOrDefault(Delivery.MALFORMED, 0), n, 0.01);
        assertWithinBinomialBound(counts.getOrDefault(Delivery.NORMAL, 0), n, 0.82);
        assertThat(wire.lateBy()).isEqualTo(Duration.ofSeconds(3));
    }

    /** Five standard deviations: a fixed seed either passes or fails forever, and a fair one passes. */
    private static void assertWithinBinomialBound(int count, int n, double p) {
        double sd = Math.sqrt(n * p * (1 - p));
        assertThat((double) count).isBetween(n * p - 5 * sd, n * p + 5 * sd);
    }

    @Test
    void theSameSeedAndDeviceGiveTheSameFates() {
        assertThat(fates(7, "r1")).isEqualTo(fates(7, "r1"));
        assertThat(fates(7, "r1")).isNotEqualTo(fates(7, "r2"));
        assertThat(fates(7, "r1")).isNotEqualTo(fates(8, "r1"));
    }

    private static List<Delivery> fates(long seed, String device) {
        SeededWireFlaws wire = SeededWireFlaws.of(FLAWS, seed, device);
        List<Delivery> out = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            out.add(wire.next());
        }
        return out;
    }

    @Test
    void aPerfectDeviceDeliversEverything() {
        SeededWireFlaws wire = SeededWireFlaws.of(DeviceFlaws.NONE, 1, "x");
        for (int i = 0; i < 1000; i++) {
            assertThat(wire.next()).isEqualTo(Delivery.NORMAL);
        }
    }

    @Test
    void refusesImpossibleFlaws() {
        assertThatThrownBy(() -> DeviceFlaws.NONE.withCounterBits(16)).hasMessageContaining("counter width");
        assertThatThrownBy(() -> DeviceFlaws.NONE.withMessages(0.6, 0.6, 0, 0, Duration.ZERO)).hasMessageContaining("exceed 1");
        assertThatThrownBy(() -> DeviceFlaws.NONE.withMessages(-0.1, 0, 0, 0, Duration.ZERO)).hasMessageContaining("missing");
        assertThatThrownBy(() -> DeviceFlaws.NONE.withClock(Duration.ZERO, Double.NaN)).hasMessageContaining("drift");
    }
}
