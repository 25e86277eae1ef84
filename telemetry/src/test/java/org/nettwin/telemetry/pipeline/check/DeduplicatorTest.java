package org.nettwin.telemetry.pipeline.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeduplicatorTest {

    @Test
    void recognisesARepeatedTimestampPerSeriesWithinItsDepth() {
        Deduplicator d = new Deduplicator(2);
        assertThat(d.repeats(5, 100)).isFalse();
        assertThat(d.repeats(6, 100)).isFalse();
        assertThat(d.repeats(5, 100)).isTrue();
        assertThat(d.repeats(5, 200)).isFalse();
        assertThat(d.repeats(5, 300)).isFalse();
        assertThat(d.repeats(5, 100)).isFalse();
    }
}
