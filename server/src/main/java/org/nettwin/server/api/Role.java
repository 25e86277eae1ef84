package org.nettwin.server.api;

import java.util.Locale;
import java.util.Optional;

/** What a token may do, each role including the ones before it: read, then act (what-ifs, faults), then audit. */
public enum Role {
    /** Reads everything but the audit log. */
    VIEWER,
    /** A viewer that may also start and cancel what-ifs and inject faults. */
    OPERATOR,
    /** An operator that may also read the audit log. */
    ADMIN;

    /** Whether this role includes {@code needed}. */
    public boolean includes(Role needed) {
        return compareTo(needed) >= 0;
    }

    /** The lower-case name used in token lists and JSON ({@code viewer}, {@code operator}, {@code admin}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with this lower-case name. */
    public static Optional<Role> ofLabel(String label) {
        for (Role r : values()) {
            if (r.label().equals(label)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
