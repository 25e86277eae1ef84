package org.nettwin.model.topology;

import static java.util.Objects.requireNonNull;

/** The identifier of a node, unique within a topology; non-blank text exactly as the source file spells it. */
public record NodeId(String value) implements Comparable<NodeId> {

    public NodeId {
        requireNonNull(value, "node id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("node id is blank");
        }
    }

    public static NodeId of(String value) {
        return new NodeId(value);
    }

    @Override
    public int compareTo(NodeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
