package org.nettwin.store.series;

/** How samples within a time bucket are combined. */
public enum Aggregate {
    /** Arithmetic mean. */
    AVG,
    /** Smallest value. */
    MIN,
    /** Largest value. */
    MAX,
    /** Sum of values. */
    SUM,
    /** Number of samples. */
    COUNT,
    /** Value of the latest sample in the bucket. */
    LAST
}
