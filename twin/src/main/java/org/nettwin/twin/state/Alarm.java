package org.nettwin.twin.state;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An active alarm: a stable {@code key} (raised and cleared by it, e.g. {@code link-down:L3}), the element it is
 * about, severity ({@code critical}, {@code major}, {@code minor}, {@code warning}), a one-line message and when it was
 * raised.
 */
public record Alarm(String key, String element, String severity, String message, Instant raisedAt) {

    public Alarm {
        requireNonNull(key, "key");
        requireNonNull(element, "element");
        requireNonNull(severity, "severity");
        requireNonNull(message, "message");
        requireNonNull(raisedAt, "raisedAt");
    }
}
