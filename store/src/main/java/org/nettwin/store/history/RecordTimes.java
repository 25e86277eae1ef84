package org.nettwin.store.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.nettwin.store.jdbc.Storable;

/**
 * Numbers and record times of appended history rows. Record time is the clock's, but never at or before the last
 * row's: it moves at least one microsecond per record even when the clock stands still or steps back, so record
 * order and record time agree and "as known at" is never ambiguous. Called inside the write transaction.
 */
final class RecordTimes {

    /** The last id (0 when empty) and the last record time (Long.MIN_VALUE when empty) of a table. */
    record Last(long id, long recordedAt) {
    }

    private RecordTimes() {
    }

    /** The last row by id: record times increase with ids, so it also holds the greatest record time (indexed). */
    static Last last(Connection c, String table, String idColumn) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT " + idColumn + ", recorded_at FROM " + table + " ORDER BY "
                     + idColumn + " DESC LIMIT 1")) {
            return r.next() ? new Last(r.getLong(1), r.getLong(2)) : new Last(0, Long.MIN_VALUE);
        }
    }

    static long next(Clock clock, Last last) {
        long now = Storable.micros("the store's clock", clock.instant());
        if (last.recordedAt() == Long.MAX_VALUE) {
            throw new IllegalStateException("record time cannot advance past the end of storable time");
        }
        return Math.max(now, last.recordedAt() + 1);
    }
}
