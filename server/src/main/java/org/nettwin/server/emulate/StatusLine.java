package org.nettwin.server.emulate;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.nettwin.emulator.network.TickStats;
import org.nettwin.server.collect.LiveCollection;

/** One status line of a running emulation: model pacing, publishing, and (when collecting) the collection's figures. */
final class StatusLine {

    private StatusLine() {
    }

    static String of(EmulatorRig rig, Optional<LiveCollection> live, Duration elapsed) {
        TickStats ticks = rig.network().tickStats();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "[%s] model steps %,d (mean %.2f ms, max %.1f ms, max lag %.0f ms)", clock(elapsed), ticks.count(),
                ticks.meanNanos() / 1e6, ticks.maxNanos() / 1e6, rig.network().maxLagNanos() / 1e6));
        rig.publisher().ifPresent(p -> b.append(String.format(Locale.ROOT, "; MQTT published %,d", p.published())));
        live.ifPresent(l -> b.append("; ").append(l.status()));
        return b.toString();
    }

    private static String clock(Duration d) {
        long s = d.toSeconds();
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
