package org.nettwin.model.format.graphml;

import java.util.Optional;

/**
 * A GraphML {@code <key>}: the attribute name its data carries ({@code attr.name}; empty for yEd graphics keys),
 * the domain it is for ({@code node}, {@code edge}, {@code graph} or {@code all}) and its default value.
 */
record GraphmlKey(String id, Optional<String> name, String domain, Optional<String> defaultValue) {

    /** Whether data with this key may belong to elements of {@code kind} ({@code node} or {@code edge}). */
    boolean appliesTo(String kind) {
        return domain.isEmpty() || domain.equals("all") || domain.equals(kind);
    }
}
