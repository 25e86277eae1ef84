package org.nettwin.model.format.graphml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nettwin.model.units.DataRate;

class LabelRatesTest {

    @ParameterizedTest(name = "''{0}'' = {1} Mb/s")
    @CsvSource(delimiter = '|', value = {
        "OC-192c | 9953.28", "OC192 | 9953.28", "oc-192 | 9953.28", "OC-48 | 2488.32", "OC-12 | 622.08",
        "OC-3 | 155.52", "OC3c | 155.52", "10G | 10000", "10 Gbps | 10000", "2.5 Gbps | 2500", "100Mb/s | 100",
        "1GE | 1000", "10GE | 10000", "10GbE | 10000", "STM-1 | 155.52", "STM-4 | 622.08", "STM-16 | 2488.32",
        "STM-64 | 9953.28", "stm64 | 9953.28", "T1 | 1.544", "T3 | 44.736", "DS-3 | 44.736", "E1 | 2.048",
        "E3 | 34.368", "1 Gbit/s | 1000", "10 Gbit/s | 10000", "155 Mbps | 155", "45 Mbps DS-3 | 45",
        "<45Mb | 45", "100-155 Mbit/s | 155", "1-10Gbps | 10000", ">10Gbps | 10000", "'Peering, 4Gbps' | 4000",
        "'Fibre ottica spenta (Dark Fibre), 20 Gbps' | 20000", "2x10G | 20000", "'2,5 Gbit/s' | 2500",
        "GigE | 1000", "Gigabit Ethernet | 1000", "Fast Ethernet | 100", "1 Tbps | 1000000", "622 Mbps | 622",
        "34 Mbps | 34", "100 kbps | 0.1"
    })
    void readsTheRateALabelStatesOrNames(String label, double mbps) {
        assertThat(LabelRates.parse(label)).isPresent();
        assertThat(LabelRates.parse(label).map(DataRate::megabitsPerSecond).orElseThrow()).isCloseTo(mbps, within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "Purple Link", "Completion 2007-2008", "GTS CE own Network",
        "Operational network managed end-to-end", "Leased Wavelength/Managed Service", "Bell Canada Fiber Routes",
        "Fibre ottica spenta (Dark Fibre)", "Lit Fibre", "0 Gbps", "GEANT", "10 miles", "2 months"})
    void findsNoRateInLabelsThatStateNone(String label) {
        assertThat(LabelRates.parse(label)).isEmpty();
    }
}
