package org.nettwin.store.series;

import static java.util.Objects.requireNonNull;

/** A registered series: its compact id and its key. */
public record RegisteredSeries(long id, SeriesKey key) {

    public RegisteredSeries {
        requireNonNull(key, "key");
    }
}
