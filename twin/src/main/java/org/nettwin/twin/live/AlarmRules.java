package org.nettwin.twin.live;

import java.time.Instant;
import java.util.Locale;
import org.nettwin.model.topology.Link;
import org.nettwin.store.events.Severity;
import org.nettwin.store.series.Entity;
import org.nettwin.store.series.EntityKind;
import org.nettwin.twin.state.ElementStatus;
import org.nettwin.twin.state.Fidelity;

/**
 * The alarm rules: link down (critical, {@code link-down:<id>}), node down (critical, {@code node-down:<id>}) and
 * stale (major, {@code node-stale:<id>}), a direction above the utilisation limit (major,
 * {@code utilisation:<link>:<from>-><to>}, cleared 5 points below the limit), fidelity drifting (warning,
 * {@code fidelity-drifting}); and an informational event when a link or node comes back.
 */
final class AlarmRules {

    private static final double HYSTERESIS = 0.05;

    private final NetworkIndex index;
    private final LiveTwinSettings settings;
    private ElementStatus[] lastLinks;
    private ElementStatus[] lastNodes;

    AlarmRules(NetworkIndex index, LiveTwinSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    void apply(Reconciled r, java.util.Optional<Fidelity> fidelity, AlarmBook book, Instant now) {
        for (int l = 0; l < index.linkCount(); l++) {
            Link link = index.links.get(l);
            Entity e = Entity.of(EntityKind.LINK, link.id().value());
            boolean down = r.linkStatus()[l] == ElementStatus.DOWN;
            book.hold(down, LiveTwin.LINK_DOWN + link.id().value(), e, Severity.CRITICAL,
                    "link " + link.id().value() + " (" + link.a().value() + " - " + link.b().value() + ") is down", now);
            if (!down && lastLinks != null && lastLinks[l] == ElementStatus.DOWN) {
                book.note("link-up", e, "link " + link.id().value() + " is back " + r.linkStatus()[l], now);
            }
            for (int d = 2 * l; d < 2 * l + 2; d++) {
                utilisation(r, d, down, book, now);
            }
        }
        for (int n = 0; n < index.nodeCount(); n++) {
            String id = index.nodes.get(n).id().value();
            Entity e = Entity.of(EntityKind.DEVICE, id);
            ElementStatus s = r.nodeStatus()[n];
            book.hold(s == ElementStatus.DOWN, LiveTwin.NODE_DOWN + id, e, Severity.CRITICAL,
                    "node " + id + " is down (silent, every peer interface down)", now);
            book.hold(s == ElementStatus.STALE, "node-stale:" + id, e, Severity.MAJOR, "no telemetry from node " + id
                    + " for more than " + settings.staleAfter().toSeconds() + " s", now);
            if (s == ElementStatus.UP && lastNodes != null && lastNodes[n] != ElementStatus.UP
                    && lastNodes[n] != ElementStatus.UNKNOWN) {
                book.note("node-up", e, "node " + id + " is heard again", now);
            }
        }
        boolean drifting = fidelity.map(Fidelity::drifting).orElse(false);
        book.hold(drifting, "fidelity-drifting", Entity.of(EntityKind.DEVICE, index.topology.name()),
                Severity.WARNING, String.format(Locale.ROOT, "twin fidelity drifting: mean error %.3f above %.3f for %d "
                        + "windows", fidelity.map(Fidelity::meanAbsoluteError).orElse(0.0), settings.fidelityAlarm(),
                        settings.fidelityPersistence()), now);
        lastLinks = r.linkStatus().clone();
        lastNodes = r.nodeStatus().clone();
    }

    private void utilisation(Reconciled r, int d, boolean linkDown, AlarmBook book, Instant now) {
        String name = FidelityCheck.name(index, d);
        String key = "utilisation:" + name;
        double u = r.utilisation()[d];
        double limit = settings.utilisationAlarm() - (book.active(key) ? HYSTERESIS : 0);
        boolean on = !linkDown && Double.isFinite(u) && u > limit;
        book.hold(on, key, Entity.of(EntityKind.LINK, index.links.get(d / 2).id().value()), Severity.MAJOR,
                String.format(Locale.ROOT, "%s utilisation %.2f above %.2f", name, u, settings.utilisationAlarm()), now);
    }
}
