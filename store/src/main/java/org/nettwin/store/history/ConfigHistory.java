package org.nettwin.store.history;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.nettwin.store.jdbc.Database;
import org.nettwin.store.jdbc.Storable;
import org.nettwin.store.jdbc.Transactions;

/**
 * The configuration half of {@link SqlNetworkHistory}: one row per change in {@code config_changes}, a removal being a
 * row whose value is NULL. The settings in force are, per key, the change with the latest valid time at or before the
 * moment asked, among those recorded by then (equal valid times: the latest recorded).
 */
final class ConfigHistory {

    static final int MAX_DEVICE = 256;
    static final int MAX_KEY = 512;
    static final int MAX_VALUE = 1_000_000;

    private static final String COLUMNS = "id, device, setting, setting_value, valid_from, recorded_at, reason";

    private final Database db;
    private final Clock clock;

    ConfigHistory(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    ConfigChange record(String device, String key, Optional<String> value, Instant validFrom, String reason) {
        Storable.name("device", device, MAX_DEVICE);
        Storable.name("configuration key", key, MAX_KEY);
        requireNonNull(value, "value");
        value.ifPresent(v -> Storable.text("value of " + device + " " + key, v, MAX_VALUE));
        long valid = Storable.micros("valid time", validFrom);
        Storable.text("reason", reason, SqlNetworkHistory.MAX_REASON);
        return Transactions.write(db, "record a configuration change of " + device, c -> {
            Transactions.lockForAppend(c, db.dialect(), "config_changes");
            RecordTimes.Last last = RecordTimes.last(c, "config_changes", "id");
            long id = last.id() + 1;
            long recorded = RecordTimes.next(clock, last);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO config_changes (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setString(2, device);
                s.setString(3, key);
                s.setString(4, value.orElse(null));
                s.setLong(5, valid);
                s.setLong(6, recorded);
                s.setString(7, reason);
                s.executeUpdate();
            }
            return new ConfigChange(id, device, key, value, Storable.instant(valid), Storable.instant(recorded), reason);
        });
    }

    Map<String, String> asOf(String device, Instant validTime, Instant knownAt) {
        Storable.name("device", device, MAX_DEVICE);
        requireNonNull(validTime, "validTime");
        requireNonNull(knownAt, "knownAt");
        String sql = "SELECT setting, setting_value FROM (SELECT setting, setting_value, ROW_NUMBER() OVER "
                + "(PARTITION BY setting ORDER BY valid_from DESC, recorded_at DESC, id DESC) AS pick "
                + "FROM config_changes WHERE device = ? AND valid_from <= ? AND recorded_at <= ?) ranked "
                + "WHERE pick = 1 AND setting_value IS NOT NULL";
        return Transactions.read(db, "read the configuration of " + device, c -> {
            Map<String, String> settings = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, device);
                s.setLong(2, Storable.floorMicros(validTime));
                s.setLong(3, Storable.floorMicros(knownAt));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        settings.put(r.getString(1), r.getString(2));
                    }
                }
            }
            return Collections.unmodifiableMap(settings);
        });
    }

    List<ConfigChange> changes(String device, Instant from, Instant to) {
        Storable.name("device", device, MAX_DEVICE);
        Storable.range(from, to);
        return Transactions.read(db, "read the configuration changes of " + device, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM config_changes WHERE device = ? "
                    + "AND valid_from >= ? AND valid_from < ? ORDER BY valid_from, recorded_at, id")) {
                s.setString(1, device);
                s.setLong(2, Storable.ceilMicros(from));
                s.setLong(3, Storable.ceilMicros(to));
                return changes(s);
            }
        });
    }

    private static List<ConfigChange> changes(PreparedStatement s) throws SQLException {
        List<ConfigChange> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(new ConfigChange(r.getLong(1), r.getString(2), r.getString(3),
                        Optional.ofNullable(r.getString(4)), Storable.instant(r.getLong(5)),
                        Storable.instant(r.getLong(6)), r.getString(7)));
            }
        }
        return List.copyOf(out);
    }
}
