package org.nettwin.server.api;

import static java.util.Objects.requireNonNull;

/**
 * Who is calling: the role of the token presented and the token's short fingerprint (8 hex digits of its SHA-256),
 * which names the caller in the audit log without revealing the token.
 */
record Caller(Role role, String fingerprint) {

    Caller {
        requireNonNull(role, "role");
        requireNonNull(fingerprint, "fingerprint");
    }

    /** The audit log's actor: {@code api:operator/3f2a9c1b}. */
    String actor() {
        return "api:" + role.label() + "/" + fingerprint;
    }
}
