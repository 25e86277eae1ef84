package org.nettwin.store.events;

import java.time.Instant;
import java.util.List;

/** Events and alarms, append-only and thread-safe. */
public interface EventLog {

    /** Stores the event (its id is ignored) and returns it with the id assigned. */
    Event append(Event event);

    /** Matching events in time order, then id order. */
    List<Event> query(EventQuery query);

    /** The alarms active at {@code time}: per alarm key, the latest event at or before it, unless INFO or CLEARED. */
    List<Event> activeAlarms(Instant time);
}
