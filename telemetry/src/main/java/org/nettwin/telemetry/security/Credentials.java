package org.nettwin.telemetry.security;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A user name and secret (password or token) one source or client presents. The secret never prints:
 * {@link #toString()} redacts it, so credentials can be logged by accident without leaking.
 */
public record Credentials(String username, String secret) {

    public Credentials {
        requireNonNull(username, "username");
        requireNonNull(secret, "secret");
        if (username.isBlank()) {
            throw new IllegalArgumentException("credentials have a blank user name");
        }
    }

    /** Whether {@code offeredUser}/{@code offeredSecret} match, compared in time independent of the secret. */
    public boolean matches(String offeredUser, String offeredSecret) {
        if (offeredUser == null || offeredSecret == null) {
            return false;
        }
        boolean user = MessageDigest.isEqual(username.getBytes(StandardCharsets.UTF_8),
                offeredUser.getBytes(StandardCharsets.UTF_8));
        boolean pass = MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                offeredSecret.getBytes(StandardCharsets.UTF_8));
        return user & pass;
    }

    @Override
    public String toString() {
        return "Credentials[" + username + ", ****]";
    }
}
