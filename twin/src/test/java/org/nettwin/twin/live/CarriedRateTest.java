package org.nettwin.twin.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CarriedRateTest {

    private static final double GBPS = 1e9;

    @Test
    void takesTheLargerOfSenderAndReceiverBecauseBothFailuresUndercount() {
        assertThat(Reconciler.carried(100e6 / 8, 90e6 / 8, GBPS)).isEqualTo(100e6);
        assertThat(Reconciler.carried(40e6 / 8, 100e6 / 8, GBPS)).isEqualTo(100e6);
    }

    @Test
    void usesWhicheverEndReported() {
        assertThat(Reconciler.carried(Double.NaN, 80e6 / 8, GBPS)).isEqualTo(80e6);
        assertThat(Reconciler.carried(80e6 / 8, Double.NaN, GBPS)).isEqualTo(80e6);
        assertThat(Reconciler.carried(Double.NaN, Double.NaN, GBPS)).isNaN();
    }

    @Test
    void dropsRatesAboveWhatTheLinkCanCarry() {
        assertThat(Reconciler.carried(5 * GBPS / 8, 200e6 / 8, GBPS)).isEqualTo(200e6);
        assertThat(Reconciler.carried(5 * GBPS / 8, Double.NaN, GBPS)).isNaN();
    }
}
