package org.nettwin.store.history;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nettwin.model.format.FormatException;
import org.nettwin.model.format.InputFile;
import org.nettwin.model.format.nettwin.NettwinReader;
import org.nettwin.model.format.nettwin.NettwinWriter;
import org.nettwin.model.network.Network;
import org.nettwin.store.StoreException;
import org.nettwin.store.jdbc.Database;
import org.nettwin.store.jdbc.Migration;
import org.nettwin.store.jdbc.Storable;
import org.nettwin.store.jdbc.Transactions;

/**
 * {@link NetworkHistory} in SQL, the same on DuckDB and PostgreSQL: each version is one row of
 * {@code network_versions} holding the network as nettwin JSON text, its number (1, 2, ... in record order), valid
 * time and record time (microseconds since 1970) and reason; configuration changes are rows of
 * {@code config_changes}. Record times come from the clock but strictly increase from one record to the next.
 * Nothing is updated or deleted. A network reads back equal to the one recorded except for
 * {@code Topology.version()}, an in-memory change counter the nettwin format does not carry (it reads back as 1);
 * {@link NetworkVersion#version()} is the durable version number.
 */
public final class SqlNetworkHistory implements NetworkHistory {

    /** Longest reason accepted, in characters. */
    static final int MAX_REASON = 4096;

    private static final List<Migration> MIGRATIONS = List.of(new Migration(1, List.of(
            "CREATE TABLE network_versions (version BIGINT PRIMARY KEY, valid_from BIGINT NOT NULL, "
                    + "recorded_at BIGINT NOT NULL, reason VARCHAR NOT NULL, network VARCHAR NOT NULL)",
            "CREATE TABLE config_changes (id BIGINT PRIMARY KEY, device VARCHAR NOT NULL, setting VARCHAR NOT NULL, "
                    + "setting_value VARCHAR, valid_from BIGINT NOT NULL, recorded_at BIGINT NOT NULL, "
                    + "reason VARCHAR NOT NULL)"), List.of(
            "CREATE TABLE network_versions (version BIGINT PRIMARY KEY, valid_from BIGINT NOT NULL, "
                    + "recorded_at BIGINT NOT NULL, reason TEXT NOT NULL, network TEXT NOT NULL)",
            "CREATE INDEX network_versions_valid ON network_versions (valid_from, recorded_at)",
            "CREATE TABLE config_changes (id BIGINT PRIMARY KEY, device TEXT NOT NULL, setting TEXT NOT NULL, "
                    + "setting_value TEXT, valid_from BIGINT NOT NULL, recorded_at BIGINT NOT NULL, reason TEXT NOT NULL)",
            "CREATE INDEX config_changes_device ON config_changes (device, setting, valid_from)")));

    private static final String VERSION_COLUMNS = "version, valid_from, recorded_at, reason";

    private final Database db;
    private final Clock clock;
    private final ConfigHistory config;

    /** Opens the history in {@code db}, creating or upgrading its tables; {@code clock} gives record times. */
    public SqlNetworkHistory(Database db, Clock clock) {
        this.db = requireNonNull(db, "db");
        this.clock = requireNonNull(clock, "clock");
        this.config = new ConfigHistory(db, clock);
        db.migrate("history", MIGRATIONS);
    }

    @Override
    public NetworkVersion record(Network network, Instant validFrom, String reason) {
        requireNonNull(network, "network");
        long valid = Storable.micros("valid time", validFrom);
        Storable.text("reason", reason, MAX_REASON);
        String json = new NettwinWriter().write(network);
        return Transactions.write(db, "record a network version", c -> {
            Transactions.lockForAppend(c, db.dialect(), "network_versions");
            RecordTimes.Last last = RecordTimes.last(c, "network_versions", "version");
            long version = last.id() + 1;
            long recorded = RecordTimes.next(clock, last);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO network_versions (" + VERSION_COLUMNS
                    + ", network) VALUES (?, ?, ?, ?, ?)")) {
                s.setLong(1, version);
                s.setLong(2, valid);
                s.setLong(3, recorded);
                s.setString(4, reason);
                s.setString(5, json);
                s.executeUpdate();
            }
            return new NetworkVersion(version, Storable.instant(valid), Storable.instant(recorded), reason);
        });
    }

    @Override
    public Optional<Network> asOf(Instant validTime) {
        return asOf(validTime, Instant.MAX);
    }

    @Override
    public Optional<Network> asOf(Instant validTime, Instant knownAt) {
        return selected(validTime, knownAt, true).map(v -> parse(v.version().version(), v.json()));
    }

    @Override
    public Optional<NetworkVersion> versionAsOf(Instant validTime, Instant knownAt) {
        return selected(validTime, knownAt, false).map(Selected::version);
    }

    @Override
    public Optional<Network> network(long version) {
        if (version < 1) {
            throw new IllegalArgumentException("network versions count from 1, asked for " + version);
        }
        Optional<String> json = Transactions.read(db, "read network version " + version, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT network FROM network_versions WHERE version = ?")) {
                s.setLong(1, version);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
        return json.map(text -> parse(version, text));
    }

    @Override
    public List<NetworkVersion> versions(Instant from, Instant to) {
        Storable.range(from, to);
        return Transactions.read(db, "list network versions", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + VERSION_COLUMNS + " FROM network_versions "
                    + "WHERE valid_from >= ? AND valid_from < ? ORDER BY valid_from, recorded_at, version")) {
                s.setLong(1, Storable.ceilMicros(from));
                s.setLong(2, Storable.ceilMicros(to));
                List<NetworkVersion> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(version(r));
                    }
                }
                return List.copyOf(out);
            }
        });
    }

    @Override
    public ConfigChange recordConfig(String device, String key, Optional<String> value, Instant validFrom,
                                     String reason) {
        return config.record(device, key, value, validFrom, reason);
    }

    @Override
    public Map<String, String> configAsOf(String device, Instant validTime, Instant knownAt) {
        return config.asOf(device, validTime, knownAt);
    }

    @Override
    public List<ConfigChange> configChanges(String device, Instant from, Instant to) {
        return config.changes(device, from, to);
    }

    /** A version chosen by a bitemporal query, with its JSON when asked for. */
    private record Selected(NetworkVersion version, String json) {
    }

    private Optional<Selected> selected(Instant validTime, Instant knownAt, boolean withJson) {
        requireNonNull(validTime, "validTime");
        requireNonNull(knownAt, "knownAt");
        String sql = "SELECT " + VERSION_COLUMNS + (withJson ? ", network" : "") + " FROM network_versions "
                + "WHERE valid_from <= ? AND recorded_at <= ? ORDER BY valid_from DESC, recorded_at DESC, version DESC "
                + "LIMIT 1";
        return Transactions.read(db, "find the network version in force at " + validTime, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, Storable.floorMicros(validTime));
                s.setLong(2, Storable.floorMicros(knownAt));
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.<Selected>empty();
                    }
                    return Optional.of(new Selected(version(r), withJson ? r.getString(5) : ""));
                }
            }
        });
    }

    private static NetworkVersion version(ResultSet r) throws SQLException {
        return new NetworkVersion(r.getLong(1), Storable.instant(r.getLong(2)), Storable.instant(r.getLong(3)),
                r.getString(4));
    }

    private static Network parse(long version, String json) {
        try {
            return new NettwinReader().readNetwork(InputFile.ofText("network version " + version, json));
        } catch (FormatException e) {
            throw new StoreException("network version " + version + " is stored but cannot be read back: "
                    + e.getMessage(), e);
        }
    }
}
