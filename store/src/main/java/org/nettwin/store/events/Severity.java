package org.nettwin.store.events;

/** How serious an event is; {@link #CLEARED} ends the alarm with the same alarm key. */
public enum Severity {
    /** Informational; never an active alarm. */
    INFO,
    /** A warning. */
    WARNING,
    /** A minor fault. */
    MINOR,
    /** A major fault. */
    MAJOR,
    /** Service is down. */
    CRITICAL,
    /** The alarm with this key is over. */
    CLEARED
}
