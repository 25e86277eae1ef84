package org.nettwin.store.events;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.nettwin.store.series.Entity;

/**
 * Something that happened: a link went down, a threshold was crossed, an anomaly was detected. Events with an
 * {@code alarmKey} are alarms: the latest event of a key decides whether that alarm is active (any severity but
 * INFO and CLEARED). {@code id} is 0 until the event log assigns one.
 */
public record Event(long id, Instant time, String type, Severity severity, Optional<Entity> subject,
                    Optional<String> alarmKey, String message, Map<String, String> attributes) {

    public Event {
        requireNonNull(time, "time");
        requireNonNull(type, "type");
        requireNonNull(severity, "severity");
        requireNonNull(subject, "subject");
        requireNonNull(alarmKey, "alarmKey");
        requireNonNull(message, "message");
        attributes = Map.copyOf(attributes);
        if (type.isBlank() || type.length() > 64) {
            throw new IllegalArgumentException("event type must be 1..64 characters");
        }
    }

    /** An unsaved event with no subject, alarm key or attributes. */
    public static Event of(Instant time, String type, Severity severity, String message) {
        return new Event(0, time, type, severity, Optional.empty(), Optional.empty(), message, Map.of());
    }

    public Event about(Entity entity) {
        return new Event(id, time, type, severity, Optional.of(entity), alarmKey, message, attributes);
    }

    public Event asAlarm(String key) {
        return new Event(id, time, type, severity, subject, Optional.of(key), message, attributes);
    }

    public Event withAttributes(Map<String, String> more) {
        return new Event(id, time, type, severity, subject, alarmKey, message, more);
    }

    public Event withId(long newId) {
        return new Event(newId, time, type, severity, subject, alarmKey, message, attributes);
    }
}
