package org.nettwin.store.series;

import static java.util.Objects.requireNonNull;

/** A measured thing: its kind and an id unique within that kind (e.g. {@code INTERFACE r1/eth0}); id is 1..256 chars. */
public record Entity(EntityKind kind, String id) {

    public Entity {
        requireNonNull(kind, "kind");
        requireNonNull(id, "id");
        if (id.isBlank() || id.length() > 256) {
            throw new IllegalArgumentException("entity id must be 1..256 non-blank characters");
        }
    }

    public static Entity of(EntityKind kind, String id) {
        return new Entity(kind, id);
    }
}
