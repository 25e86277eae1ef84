package org.nettwin.emulator.truth;

/** The true state of a link: carrying traffic normally, down (failed, disabled or an end down), or degraded (lossy). */
public enum LinkState {
    UP,
    DOWN,
    DEGRADED
}
