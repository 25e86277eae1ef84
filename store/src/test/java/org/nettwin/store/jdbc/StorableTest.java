package org.nettwin.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StorableTest {

    @Test
    void keepsInstantsToTheMicrosecondOnBothSidesOf1970() {
        for (String t : new String[] {"2025-03-04T10:00:00.123456Z", "1969-12-31T23:59:59.999999Z",
            "1900-01-01T00:00:00.000001Z", "1970-01-01T00:00:00Z"}) {
            Instant instant = Instant.parse(t);
            assertThat(Storable.instant(Storable.micros("t", instant))).isEqualTo(instant);
        }
        assertThat(Storable.micros("t", Instant.parse("1969-12-31T23:59:59.9999995Z"))).isEqualTo(-1);
    }

    @Test
    void roundsQueryBoundsOutwardSoThatComparisonsWithStoredMicrosecondsStayExact() {
        Instant between = Instant.parse("2025-03-04T10:00:00.0000015Z");
        long micros = Storable.micros("t", Instant.parse("2025-03-04T10:00:00.000001Z"));

        assertThat(Storable.floorMicros(between)).isEqualTo(micros);
        assertThat(Storable.ceilMicros(between)).isEqualTo(micros + 1);
        assertThat(Storable.ceilMicros(Instant.parse("2025-03-04T10:00:00.000001Z"))).isEqualTo(micros);
        assertThat(Storable.floorMicros(Instant.MAX)).isEqualTo(Long.MAX_VALUE);
        assertThat(Storable.ceilMicros(Instant.MIN)).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void refusesTimesOutsideTheRangeAndTextPostgresCannotHold() {
        assertThatThrownBy(() -> Storable.micros("valid time", Instant.MIN)).isInstanceOf(
                IllegalArgumentException.class).hasMessageStartingWith("valid time -1000000000-01-01T00:00:00Z is outside");
        assertThatThrownBy(() -> Storable.text("reason", "a\u0000", 10)).hasMessage(
                "reason contains a NUL character (at index 1)");
        assertThatThrownBy(() -> Storable.text("reason", "a\uDC00b", 10)).hasMessage(
                "reason contains an unpaired surrogate (at index 1)");
        assertThatThrownBy(() -> Storable.text("reason", "ab\uD800", 10)).hasMessage(
                "reason contains an unpaired surrogate (at index 2)");
        assertThatThrownBy(() -> Storable.text("reason", "abc", 2)).hasMessage("reason is 3 characters long (at most 2)");
        assertThatThrownBy(() -> Storable.name("device", "\t", 2)).hasMessage("device must not be blank");
        assertThat(Storable.text("reason", "emoji \uD83D\uDE00 ok", 20)).isEqualTo("emoji \uD83D\uDE00 ok");
    }
}
