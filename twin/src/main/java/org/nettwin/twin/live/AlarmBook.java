package org.nettwin.twin.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nettwin.store.events.Event;
import org.nettwin.store.events.EventLog;
import org.nettwin.store.events.Severity;
import org.nettwin.store.series.Entity;
import org.nettwin.twin.state.Alarm;

/**
 * The twin's active alarms by key, and the events still to be written: {@link #hold} raises an alarm when its
 * condition starts and clears it when it ends (an event of severity CLEARED with the same key); {@link #note} logs an
 * informational event. Events are written by {@link #persist} after the state went out, so a slow store never delays
 * the state. Used by the recompute thread only.
 */
final class AlarmBook {

    /** Events kept for a store that is failing; beyond this the oldest are dropped (and counted as failures). */
    static final int MAX_PENDING = 10_000;

    private final Map<String, Alarm> active = new LinkedHashMap<>();
    private final List<Event> pending = new ArrayList<>();
    private long writeFailures;

    /** Raises ({@code on}) or clears ({@code !on}) the alarm {@code key} about {@code subject}. */
    void hold(boolean on, String key, Entity subject, Severity severity, String message, Instant now) {
        Alarm current = active.get(key);
        if (on && current == null) {
            active.put(key, new Alarm(key, subject.id(), severity.name().toLowerCase(java.util.Locale.ROOT), message,
                    now));
            pending.add(new Event(0, now, type(key), severity, java.util.Optional.of(subject),
                    java.util.Optional.of(key), message, Map.of()));
        } else if (!on && current != null) {
            active.remove(key);
            pending.add(new Event(0, now, type(key), Severity.CLEARED, java.util.Optional.of(subject),
                    java.util.Optional.of(key), "cleared: " + current.message(), Map.of()));
        }
    }

    boolean active(String key) {
        return active.containsKey(key);
    }

    /** An informational event, e.g. a link that came back. */
    void note(String type, Entity subject, String message, Instant now) {
        pending.add(Event.of(now, type, Severity.INFO, message).about(subject));
    }

    List<Alarm> alarms() {
        List<Alarm> out = new ArrayList<>(active.values());
        out.sort(Comparator.comparing(Alarm::raisedAt).thenComparing(Alarm::key));
        return out;
    }

    /** Writes the pending events; a failure is counted and the events kept for the next try. */
    void persist(EventLog log) {
        while (pending.size() > MAX_PENDING) {
            pending.remove(0);
            writeFailures++;
        }
        while (!pending.isEmpty()) {
            try {
                log.append(pending.get(0));
                pending.remove(0);
            } catch (RuntimeException e) {
                writeFailures++;
                return;
            }
        }
    }

    long writeFailures() {
        return writeFailures;
    }

    private static String type(String key) {
        int colon = key.indexOf(':');
        return "alarm." + (colon > 0 ? key.substring(0, colon) : key);
    }
}
