package org.nettwin.server.emulate;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.nettwin.emulator.network.TickStats;
import org.nettwin.server.collect.LiveCollection;
import org.nettwin.telemetry.health.SourceReport;

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
        live.ifPresent(l -> {
            long[] lag = l.ingest().lagMillis();
            long rejected = l.rig().health().stream().mapToLong(SourceReport::rejectedTotal).sum();
            long up = l.rig().health().stream().filter(SourceReport::connected).count();
            b.append(String.format(Locale.ROOT, "; collected %,d from %d sources up, stored %,d, lag p50 %d ms p99 %d ms"
                    + ", rejected %,d, refused %s", l.received(), up, l.ingest().written(), lag[0], lag[1], rejected,
                    l.rig().refused()));
        });
        return b.toString();
    }

    private static String clock(Duration d) {
        long s = d.toSeconds();
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
