package org.nettwin.model.topology;

/** Where a link's capacity came from, so that stated and guessed capacities are never confused. */
public enum CapacitySource {
    /** The file states the capacity as a number (SNDlib pre-installed capacity, GraphML LinkSpeedRaw, rate_bps). */
    STATED,
    /** Parsed from a free-text label such as {@code OC-192c} or {@code 10G}. */
    LABEL,
    /** Nothing was known; the reader's default was used. */
    DEFAULT
}
