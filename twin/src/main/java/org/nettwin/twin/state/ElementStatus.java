package org.nettwin.twin.state;

/**
 * What the twin believes about an element: {@code UP} or {@code DOWN} as reported (oper-status) or derived (both
 * ends of a link down), {@code STALE} when its telemetry stopped for longer than the stale limit, {@code UNKNOWN}
 * before anything was heard.
 */
public enum ElementStatus {
    UP, DOWN, STALE, UNKNOWN
}
