package org.nettwin.store.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.nettwin.store.series.Entity;

/**
 * Selects events with {@code from <= time < to}, optionally of one type and about one entity, at most {@code limit},
 * oldest first — or, when {@code descending}, the newest {@code limit} of them, newest first.
 */
public record EventQuery(Instant from, Instant to, Optional<String> type, Optional<Entity> subject, int limit,
                         boolean descending) {

    public EventQuery {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(type, "type");
        requireNonNull(subject, "subject");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1");
        }
    }

    public static EventQuery between(Instant from, Instant to) {
        return new EventQuery(from, to, Optional.empty(), Optional.empty(), 10_000, false);
    }

    public EventQuery ofType(String t) {
        return new EventQuery(from, to, Optional.of(t), subject, limit, descending);
    }

    public EventQuery about(Entity e) {
        return new EventQuery(from, to, type, Optional.of(e), limit, descending);
    }

    public EventQuery limit(int n) {
        return new EventQuery(from, to, type, subject, n, descending);
    }

    /** The newest {@code limit} events of the range, newest first (what a timeline or an event list shows). */
    public EventQuery newestFirst() {
        return new EventQuery(from, to, type, subject, limit, true);
    }
}
