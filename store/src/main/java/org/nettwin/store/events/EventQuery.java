package org.nettwin.store.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.nettwin.store.series.Entity;

/** Selects events with {@code from <= time < to}, optionally of one type and about one entity, at most {@code limit}. */
public record EventQuery(Instant from, Instant to, Optional<String> type, Optional<Entity> subject, int limit) {

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
        return new EventQuery(from, to, Optional.empty(), Optional.empty(), 10_000);
    }

    public EventQuery ofType(String t) {
        return new EventQuery(from, to, Optional.of(t), subject, limit);
    }

    public EventQuery about(Entity e) {
        return new EventQuery(from, to, type, Optional.of(e), limit);
    }

    public EventQuery limit(int n) {
        return new EventQuery(from, to, type, subject, n);
    }
}
