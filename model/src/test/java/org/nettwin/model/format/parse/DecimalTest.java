package org.nettwin.model.format.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTest {

    @ParameterizedTest
    @CsvSource({"9920.00, 9920", "-84.3833, -84.3833", "1e10, 1e10", "' 7 ', 7", ".5, 0.5", "5., 5", "+3, 3"})
    void readsPlainDecimalNumbers(String text, double expected) {
        assertThat(Decimal.parse(text)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NaN", "Infinity", "-Infinity", "0x10", "1.0f", "2d", "1e400", "1,5", "abc", "1 2", "--1",
        "1e99999"})
    void refusesAnythingElse(String text) {
        assertThat(Decimal.parse(text)).isEmpty();
    }
}
