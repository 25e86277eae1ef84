package org.nettwin.store.series;

/** The most recent sample of a series: time in microseconds since the epoch, value and quality flags. */
public record Latest(long seriesId, long epochMicros, double value, int quality) {
}
