package org.nettwin.telemetry.pipeline.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.nettwin.telemetry.pipeline.QualityFlags;

class GridAlignerTest {

    private static final long S = 1_000_000_000L;

    private record Point(long t, double v, int flags) {
    }

    private final List<Point> out = new ArrayList<>();
    private final GridAligner.Output sink = (s, t, v, f) -> out.add(new Point(t, v, f));

    @Test
    void interpolatesLinearlyBetweenNeighboursAndFlagsIt() {
        GridAligner g = new GridAligner(S, 3);
        g.add(0, S / 2, 10, 0, sink);
        g.add(0, 2 * S + S / 2, 30, 0, sink);
        assertThat(out).containsExactly(new Point(S, 15, QualityFlags.INTERPOLATED),
                new Point(2 * S, 25, QualityFlags.INTERPOLATED));
    }

    @Test
    void keepsAPointOnTheGridAsObserved() {
        GridAligner g = new GridAligner(S, 3);
        g.add(0, 5 * S, 7, QualityFlags.LATE, sink);
        g.add(0, 6 * S, 8, 0, sink);
        assertThat(out).containsExactly(new Point(5 * S, 7, QualityFlags.LATE), new Point(6 * S, 8, 0));
    }

    @Test
    void leavesGapsLongerThanTheLimitMissing() {
        GridAligner g = new GridAligner(S, 3);
        g.add(0, S / 2, 1, 0, sink);
        long missing = g.add(0, 5 * S + S / 2, 2, 0, sink);
        assertThat(out).isEmpty();
        assertThat(missing).isEqualTo(5);
    }

    @Property
    void interpolatedValuesLieBetweenTheirNeighbours(@ForAll @LongRange(min = 1, max = 3_000_000_000L) long gap,
                                                     @ForAll @LongRange(min = -1000, max = 1000) long a,
                                                     @ForAll @LongRange(min = -1000, max = 1000) long b) {
        GridAligner g = new GridAligner(S, 3);
        List<Point> got = new ArrayList<>();
        g.add(0, 123_456_789L, a, 0, (s, t, v, f) -> got.add(new Point(t, v, f)));
        g.add(0, 123_456_789L + gap, b, 0, (s, t, v, f) -> got.add(new Point(t, v, f)));
        for (Point p : got) {
            assertThat(p.v()).isBetween(Math.min(a, b) - 1e-9, Math.max(a, b) + 1e-9);
            assertThat(p.t() % S).isZero();
        }
    }
}
