package org.nettwin.model.topology;

import static java.util.Objects.requireNonNull;

/** The identifier of a full-duplex link, unique within a topology; non-blank text exactly as the source file spells it. */
public record LinkId(String value) implements Comparable<LinkId> {

    public LinkId {
        requireNonNull(value, "link id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("link id is blank");
        }
    }

    public static LinkId of(String value) {
        return new LinkId(value);
    }

    @Override
    public int compareTo(LinkId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
